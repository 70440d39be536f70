import { useEffect, useState } from 'preact/hooks';
import type { HostAccessUi } from '@/utils/host-access';
import { t } from '@/utils/i18n';

export interface HostAccessState {
  /** null until the browser has answered. */
  granted: boolean | null;
  /** What the last request ended with, for a status line ('' when nothing to say). */
  status: string;
  /** Asks for access to all sites: pass it straight to onClick (the browser wants the user gesture). */
  request(): void;
}

/** The grant of access to all sites as the welcome page and the popup show it: current, and updated on change. */
export function useHostAccess(ui: HostAccessUi | undefined): HostAccessState {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!ui) return;
    let live = true;
    ui.granted().then((g) => {
      if (live) setGranted(g);
    });
    const stop = ui.watch((g) => {
      if (live) setGranted(g);
    });
    return () => {
      live = false;
      stop();
    };
  }, [ui]);

  const request = () => {
    if (!ui) return;
    // No await before this call: Firefox drops the user gesture across one, and Chrome refuses without it.
    ui.request().then(
      (ok) => {
        setGranted(ok);
        setStatus(ok ? '' : t('accessNotGranted'));
      },
      (err: unknown) => setStatus(t('accessRequestFailed', err instanceof Error ? err.message : String(err))),
    );
  };

  return { granted, status, request };
}
