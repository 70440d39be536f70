import { useRef, useState } from 'preact/hooks';
import { DOC_KINDS, type DocKind } from '@/extractors/types';
import { isCancelled, type Stage } from '@/utils/card-job';
import type { FileAnalysis } from '@/utils/file-analysis';
import { confirmedCard, fileDocumentUrl } from '@/utils/file-library';
import { t, tPlural, uiLang } from '@/utils/i18n';
import { kindName } from '@/utils/kinds';

/** What the drop zone accepts (the picker's filter; a drop is checked by the reader itself). */
export const ACCEPT = '.pdf,.docx,.html,.htm,.txt,.md,.markdown,application/pdf,text/html,text/plain,text/markdown';

type Status = 'reading' | 'ready' | 'saving' | 'saved' | 'error' | 'cancelled';

interface Item {
  id: number;
  name: string;
  size: number;
  status: Status;
  progress: { done: number; total: number; stage: Stage } | null;
  analysis: FileAnalysis | null;
  vendor: string;
  kind: DocKind;
  message: string;
  snapshotId: number | null;
}

export interface SaveFileInput {
  card: FileAnalysis['card'];
  text: string;
  url: string;
  title: string | null;
}

export interface FileDropZoneProps {
  /** Vendors already in the library: a file saved under one of their names joins that vendor. */
  vendors: readonly { name: string; site: string }[];
  /**
   * Reads a file and builds its card (utils/file-jobs.ts: in a worker, loaded on first use); injected so tests need
   * no pdfjs. `onProgress` gets pages read (stage 'pages') then fields done ('fields'); `signal` cancels.
   */
  analyze?: (
    file: File,
    onProgress: (done: number, total: number, stage?: Stage) => void,
    signal?: AbortSignal,
  ) => Promise<FileAnalysis>;
  /** Stores the card and its text as a snapshot (utils/snapshots.ts saveSnapshot, loaded on first use). */
  save?: (input: SaveFileInput) => Promise<{ snapshotId: number; status: string }>;
}

/** Off the page's main thread: DOCX, PDF, text and Markdown are parsed in the file worker, every card built there. */
const analyzeInWorker: NonNullable<FileDropZoneProps['analyze']> = async (file, onProgress, signal) => {
  const { analyzeFileInWorker } = await import('@/utils/file-jobs');
  const bytes = new Uint8Array(await file.arrayBuffer());
  return analyzeFileInWorker(bytes, {
    name: file.name,
    mime: file.type || null,
    source: `file:${file.name}`,
    onProgress: (p) => onProgress(p.done, p.total, p.stage),
    signal,
  });
};

const saveInLibrary: NonNullable<FileDropZoneProps['save']> = async (input) => {
  const { saveSnapshot } = await import('@/utils/snapshots');
  return saveSnapshot(input);
};

/**
 * Stands for the file picker's link inside the drop zone's sentence: a private-use character no message contains.
 * Not NUL: Chromium's i18n.getMessage drops a NUL substitution, which left the link after the sentence's full stop.
 */
const LINK_MARK = '\uE000';

const errorOf = (err: unknown, name: string) =>
  err instanceof Error && err.name === 'FileReadError'
    ? err.message
    : t('fileReadFailed', name, err instanceof Error ? err.message : String(err));

/** "2.4 MB", "310 kB": Intl's unit names in the UI's language. */
export function formatSize(bytes: number): string {
  const mb = bytes >= 1024 * 1024;
  const options: Intl.NumberFormatOptions = mb
    ? { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }
    : { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 };
  const n = mb ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024));
  try {
    return new Intl.NumberFormat(uiLang(), options).format(n);
  } catch {
    return new Intl.NumberFormat('en', options).format(n);
  }
}

/**
 * Files into the library: a drop zone with a keyboard-usable file picker (PDF, Word, HTML, text, Markdown; several at
 * once). Each file is read off the page's main thread where it matters (pdf.js parses in its worker), shows its
 * progress, then waits for the user to confirm or edit the vendor and the document kind before it is saved as a
 * snapshot. Errors (scanned, encrypted, corrupt, too large) show the reader's own words on that file only.
 */
export function FileDropZone({ vendors, analyze = analyzeInWorker, save = saveInLibrary }: FileDropZoneProps) {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const nextId = useRef(1);
  // Each file's cancel, while it waits or is read.
  const controllers = useRef(new Map<number, AbortController>());
  const input = useRef<HTMLInputElement>(null);

  const patch = (id: number, change: Partial<Item>) =>
    setItems((list) => list.map((it) => (it.id === id ? { ...it, ...change } : it)));

  const addFiles = (files: readonly File[]) => {
    const added = files.map(
      (file): Item => ({
        id: nextId.current++,
        name: file.name,
        size: file.size,
        status: 'reading',
        progress: null,
        analysis: null,
        vendor: '',
        kind: 'other',
        message: '',
        snapshotId: null,
      }),
    );
    setItems((list) => [...list, ...added]);
    for (const item of added) controllers.current.set(item.id, new AbortController());
    // One file at a time: two 300-page PDFs at once would only compete for the same two cores.
    void (async () => {
      for (const [i, file] of files.entries()) {
        const id = (added[i] as Item).id;
        const signal = controllers.current.get(id)?.signal;
        if (!signal || signal.aborted) continue; // cancelled while it waited
        try {
          const analysis = await analyze(
            file,
            (done, total, stage = 'pages') => patch(id, { progress: { done, total, stage } }),
            signal,
          );
          if (signal.aborted) continue; // a result that crossed the cancel
          patch(id, {
            status: 'ready',
            analysis,
            vendor: analysis.card.vendor ?? '',
            kind: analysis.card.kind,
            message: analysis.card.legal.isLegal ? '' : t('fileNotLegal'),
          });
        } catch (err) {
          if (signal.aborted || isCancelled(err)) patch(id, { status: 'cancelled', progress: null });
          else patch(id, { status: 'error', message: errorOf(err, file.name) });
        } finally {
          controllers.current.delete(id);
        }
      }
    })();
  };

  /** Stops a file's reading (its worker is terminated) or takes it out of the queue. */
  const cancelItem = (id: number) => {
    controllers.current.get(id)?.abort();
    controllers.current.delete(id);
    patch(id, { status: 'cancelled', progress: null });
  };

  const saveItem = async (item: Item) => {
    if (!item.analysis) return;
    patch(item.id, { status: 'saving' });
    try {
      const url = fileDocumentUrl(item.name, item.vendor, vendors);
      const card = confirmedCard(item.analysis.card, item.vendor, item.kind, url);
      const result = await save({ card, text: item.analysis.text, url, title: item.analysis.title || item.name });
      patch(item.id, {
        status: 'saved',
        snapshotId: result.snapshotId,
        message: result.status === 'unchanged' ? t('fileSavedUnchanged') : t('fileSaved'),
      });
    } catch (err) {
      patch(item.id, {
        status: 'ready',
        message: t('saveFailed', err instanceof Error ? err.message : String(err)),
      });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) addFiles(files);
  };

  // The picker's link sits inside the sentence: the message marks its place ($link$), so a translation can move it.
  const [dropBefore, dropAfter = ''] = t('dropFilesHint', LINK_MARK).split(LINK_MARK);
  return (
    <section class="cl-files" aria-labelledby="cl-files-heading">
      <h2 id="cl-files-heading">{t('addFilesHeading')}</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer gesture; keyboard users have the picker inside. */}
      <div
        class={`cl-drop${over ? ' cl-drop-over' : ''}`}
        data-testid="file-drop"
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>
          {dropBefore}
          <label for="cl-file-picker" class="cl-link">
            {t('dropFilesChoose')}
          </label>
          {dropAfter}
        </p>
        <input
          ref={input}
          id="cl-file-picker"
          data-testid="file-picker"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            addFiles([...(el.files ?? [])]);
            el.value = ''; // the same file can be picked again
          }}
        />
      </div>
      {vendors.length > 0 && (
        <datalist id="cl-file-vendors">
          {vendors.map((v) => (
            <option key={v.site} value={v.name} />
          ))}
        </datalist>
      )}
      <ul class="cl-file-list" aria-live="polite">
        {items.map((item) => (
          <FileRow
            key={item.id}
            item={item}
            onChange={(change) => patch(item.id, change)}
            onSave={() => void saveItem(item)}
            onCancel={() => cancelItem(item.id)}
            onDiscard={() => setItems((list) => list.filter((it) => it.id !== item.id))}
          />
        ))}
      </ul>
    </section>
  );
}

function FileRow({
  item,
  onChange,
  onSave,
  onCancel,
  onDiscard,
}: {
  item: Item;
  onChange: (change: Partial<Item>) => void;
  onSave: () => void;
  onCancel: () => void;
  onDiscard: () => void;
}) {
  const head = (
    <p class="cl-file-name">
      <strong>{item.name}</strong> <span class="cl-muted">({formatSize(item.size)})</span>
    </p>
  );
  if (item.status === 'reading') {
    const p = item.progress;
    return (
      <li data-testid="file-reading">
        {head}
        <progress data-testid="file-progress" value={p?.done} max={p ? Math.max(p.total, 1) : undefined}>
          {p ? tPlural('pagesDone', p.total, p.done, p.total) : t('fileReading')}
        </progress>{' '}
        <span class="cl-muted" data-testid="file-progress-text">
          {p?.stage === 'fields'
            ? t('progressFields', p.done, p.total)
            : p && p.total > 1
              ? t('progressPages', p.done, p.total)
              : t('fileReading')}
        </span>{' '}
        <button type="button" data-testid="file-cancel" onClick={onCancel}>
          {t('cancelAnalysis')}
        </button>
      </li>
    );
  }
  if (item.status === 'cancelled') {
    return (
      <li data-testid="file-cancelled">
        {head}
        <p role="status">{t('fileCancelled')}</p>
        <button type="button" onClick={onDiscard}>
          {t('dismiss')}
        </button>
      </li>
    );
  }
  if (item.status === 'error') {
    return (
      <li data-testid="file-error">
        {head}
        <p class="cl-bad" role="alert">
          {item.message}
        </p>
        <button type="button" onClick={onDiscard}>
          {t('dismiss')}
        </button>
      </li>
    );
  }
  if (item.status === 'saved') {
    return (
      <li data-testid="file-saved">
        {head}
        <p>
          {item.message}{' '}
          <a
            data-testid="file-card-link"
            href={`/document.html?snapshot=${item.snapshotId}`}
            target="_blank"
            rel="noopener"
          >
            {t('openItsCard')}
          </a>
        </p>
      </li>
    );
  }
  const a = item.analysis;
  const idBase = `cl-file-${item.id}`;
  return (
    <li data-testid="file-pending">
      {head}
      {a && (
        <p class="cl-muted">
          {a.format === 'docx' ? t('wordDocument') : a.format.toUpperCase()}
          {a.pageCount ? ` · ${tPlural('pageCount', a.pageCount, a.pageCount)}` : ''} ·{' '}
          {tPlural('valuesFound', countValues(a), countValues(a))}
          {a.notes.map((n) => ` · ${n}`).join('')}
        </p>
      )}
      {item.message && <p class={item.status === 'ready' ? 'cl-muted' : undefined}>{item.message}</p>}
      <form
        class="cl-file-confirm"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <label for={`${idBase}-vendor`}>{t('vendorLabel')} </label>
        <input
          id={`${idBase}-vendor`}
          name="vendor"
          list="cl-file-vendors"
          required
          value={item.vendor}
          onInput={(e) => onChange({ vendor: (e.currentTarget as HTMLInputElement).value })}
        />{' '}
        <label for={`${idBase}-kind`}>{t('documentKind')} </label>
        <select
          id={`${idBase}-kind`}
          name="kind"
          value={item.kind}
          onChange={(e) => onChange({ kind: (e.currentTarget as HTMLSelectElement).value as DocKind })}
        >
          {DOC_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(k)}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="cl-primary" data-testid="file-save" disabled={item.status === 'saving'}>
          {t('saveToLibrary')}
        </button>{' '}
        <button type="button" onClick={onDiscard}>
          {t('discard')}
        </button>
      </form>
    </li>
  );
}

function countValues(a: FileAnalysis): number {
  return Object.values(a.card.fields).reduce((n, v) => n + (Array.isArray(v) ? v.length : v ? 1 : 0), 0 as number);
}
