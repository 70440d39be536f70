/**
 * Every message between the content script (cs), the extension pages (ui) and the background (bg), in one place.
 * Names carry their direction ('cs-bg-…': content script to background) so a handler can tell who may send what;
 * the background's one dispatcher checks the sender against that direction before a handler runs.
 *
 * Keep this module free of runtime imports: the always-on content script bundles it.
 */
import type { Verdict } from '@/extractors/detect';
import type { PageSignals } from '@/extractors/page-signals';
import type { Card } from '@/extractors/types';
import type { Progress } from './card-job';

/** What the analyzer script returns from the page (see entrypoints/analyzer.ts). */
export interface Analysis {
  card: Card;
  /** The normalized text the card's offsets refer to; saved with a snapshot. */
  text: string;
  url: string;
  title: string;
  /** Time spent in the page reading and extracting, in milliseconds. */
  ms: number;
  /** When the analysis ran (epoch ms). */
  at: number;
  /** A file or PDF tab (utils/file-analysis.ts): its format, pages and the reader's remarks. Absent for web pages. */
  format?: 'pdf' | 'docx' | 'html' | 'text' | 'markdown';
  pageCount?: number;
  notes?: string[];
}

/** What the background remembers about a tab. */
export interface TabState {
  tabId: number;
  verdict: Verdict | null;
  /** Detector timing in the page, in milliseconds. */
  detectMs: number | null;
  /** URL the verdict was made for. */
  url: string | null;
  analysis: Analysis | null;
}

export interface HighlightResult {
  found: boolean;
  /** False when the quote is in the page but hidden from a reader (a collapsed section, clipped, off-screen). */
  visible?: boolean;
  /** Text nodes the highlight covers (a quote spanning several elements covers several). */
  marks: number;
}

/** The page's signals and what reading them cost in the page; the background scores them (detect.ts). */
export type CsToBg = { type: 'cs-bg-signals'; signals: PageSignals; ms: number };

export type UiToBg =
  | { type: 'ui-bg-get-state'; tabId: number }
  | { type: 'ui-bg-analyze'; tabId: number; fresh?: boolean }
  | { type: 'ui-bg-highlight'; tabId: number; quote: string }
  | { type: 'ui-bg-clear-highlight'; tabId: number }
  /** Stops the tab's running analysis (utils/offthread.ts): no card comes of it. */
  | { type: 'ui-bg-cancel'; tabId: number };

export type Message = CsToBg | UiToBg;
export type MessageType = Message['type'];

/** The data each message answers with. */
export interface Responses {
  'cs-bg-signals': { badge: string; verdict: Verdict };
  'ui-bg-get-state': TabState;
  'ui-bg-analyze': Analysis;
  'ui-bg-highlight': HighlightResult;
  'ui-bg-clear-highlight': { cleared: boolean };
  /** False when nothing was running for the tab. */
  'ui-bg-cancel': { cancelled: boolean };
}

/**
 * How far a tab's analysis is: broadcast to the extension's pages by the background (the page stage) and the reader
 * page (the worker's stages). Not a request: nobody answers it.
 */
export interface ProgressReport {
  type: 'bg-ui-progress';
  tabId: number;
  /** The analysis it is about (a cancelled one's late reports carry an old id). */
  job: number;
  progress: Progress;
}

const STAGE_NAMES = new Set(['page', 'pages', 'text', 'fields', 'visible']);

export function isProgressReport(m: unknown): m is ProgressReport {
  if (!isObject(m) || m.type !== 'bg-ui-progress' || !isTabId(m.tabId) || !isTabId(m.job)) return false;
  const p = m.progress;
  return (
    isObject(p) &&
    typeof p.stage === 'string' &&
    STAGE_NAMES.has(p.stage) &&
    isFiniteNumber(p.done) &&
    isFiniteNumber(p.total)
  );
}

/** Errors cross the message boundary as data; a thrown Error would arrive as an opaque string or not at all. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function _isVerdict(v: unknown): v is Verdict {
  return isObject(v) && typeof v.isLegal === 'boolean' && typeof v.kind === 'string' && isFiniteNumber(v.score);
}

/** Bounded like collectPageSignals' output, so a hostile page cannot make the background score megabytes. */
function isSignals(v: unknown): v is PageSignals {
  return (
    isObject(v) &&
    typeof v.url === 'string' &&
    v.url.length <= 8192 &&
    typeof v.title === 'string' &&
    v.title.length <= 1000 &&
    typeof v.sample === 'string' &&
    v.sample.length <= 20_000 &&
    Array.isArray(v.headings) &&
    v.headings.length <= 100 &&
    v.headings.every((h) => typeof h === 'string' && h.length <= 1000)
  );
}

/** Shape check for anything arriving over runtime messaging: the other side is code, but not necessarily ours. */
export function isMessage(m: unknown): m is Message {
  if (!isObject(m) || typeof m.type !== 'string') return false;
  switch (m.type) {
    case 'cs-bg-signals':
      return isSignals(m.signals) && isFiniteNumber(m.ms);
    case 'ui-bg-get-state':
    case 'ui-bg-clear-highlight':
    case 'ui-bg-cancel':
      return isTabId(m.tabId);
    case 'ui-bg-analyze':
      return isTabId(m.tabId) && (m.fresh === undefined || typeof m.fresh === 'boolean');
    case 'ui-bg-highlight':
      return isTabId(m.tabId) && typeof m.quote === 'string' && m.quote.length <= 20_000;
    default:
      return false;
  }
}

/** The parts of runtime.MessageSender the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface SenderContext {
  /** This extension's id (browser.runtime.id). */
  extensionId: string;
  /** This extension's origin with a trailing slash (browser.runtime.getURL('/')). */
  extensionOrigin: string;
}

/**
 * Whether `sender` may send a message of this type. Content-script messages must come from our content script in a
 * tab (not from one of our own pages pretending); UI messages must come from one of our extension pages, whether it
 * is the popup, the side panel or a page opened in a tab.
 */
export function senderAllowed(type: MessageType, sender: Sender, ctx: SenderContext): boolean {
  if (sender.id !== ctx.extensionId) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  if (type.startsWith('cs-bg-')) return !fromExtensionPage && isTabId(sender.tab?.id);
  if (type.startsWith('ui-bg-')) return fromExtensionPage;
  return false;
}

export type Handlers = {
  [K in MessageType]: (message: MessageOf<K>, sender: Sender) => Promise<Responses[K]> | Responses[K];
};

/**
 * The background's one dispatcher: validates the message, checks the sender, runs the handler and wraps the result
 * (or the error) in an Envelope. Returns undefined for messages it does not answer.
 */
export function createDispatcher(handlers: Handlers, ctx: SenderContext) {
  return (message: unknown, sender: Sender): Promise<Envelope<unknown>> | undefined => {
    if (!isMessage(message)) return undefined;
    if (!senderAllowed(message.type, sender, ctx)) {
      return Promise.resolve({ ok: false, error: `Sender not allowed for ${message.type}` });
    }
    const handler = handlers[message.type] as (m: Message, s: Sender) => unknown;
    return (async () => {
      try {
        return { ok: true as const, data: await handler(message, sender) };
      } catch (err) {
        return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
}

/** Unwraps an Envelope, throwing its error on the caller's side. */
export function unwrap<T>(envelope: Envelope<T> | undefined): T {
  if (!envelope) throw new Error('No answer from the extension background');
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.data;
}
