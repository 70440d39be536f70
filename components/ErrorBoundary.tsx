import { Component, type ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export interface ErrorBoundaryProps {
  children: ComponentChildren;
  /**
   * What shows in place of the children once one of them throws while rendering: keep it small and keep the
   * actions the user needs to get out (Revert, delete) in it. `retry` renders the children again.
   */
  fallback: (error: unknown, retry: () => void) => ComponentChildren;
  /** When any of these changes (a value reverted, another vendor picked), the children are tried again. */
  resetKeys?: readonly unknown[];
  /** Called once per error caught (the console by default: the page keeps going, the developer still sees it). */
  onError?: (error: unknown) => void;
}

interface State {
  error: { value: unknown } | null;
}

const sameKeys = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * Keeps one bad row from blanking a page: a render error in the children (a malformed stored value, a formatter
 * that meets a shape it does not know) shows the fallback in their place, and everything outside the boundary
 * (import, export, delete, the other rows) stays usable. Preact's getDerivedStateFromError / componentDidCatch.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error: { value: error } };
  }

  override componentDidCatch(error: unknown): void {
    (this.props.onError ?? ((e) => console.error(t('partFailed'), e)))(error);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && !sameKeys(previous.resetKeys, this.props.resetKeys)) this.setState({ error: null });
  }

  retry = () => this.setState({ error: null });

  override render() {
    return this.state.error ? this.props.fallback(this.state.error.value, this.retry) : this.props.children;
  }
}

/** The error message of a caught value, for a fallback's text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
