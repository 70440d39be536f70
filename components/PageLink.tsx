import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, tPlural } from '@/utils/i18n';

/**
 * Opens the document at a page ("p. 7" beside a quote from a PDF). Provided by the view that can do it (the side
 * panel on a PDF tab); without a provider the page number shows as plain text (a file in the library).
 */
export const PageLinkContext = createContext<((page: number) => void) | null>(null);

/** "p. 7" beside a quote: a button that opens the PDF at that page when the view can, else text. */
export function PageTag({ page }: { page: number }) {
  const open = useContext(PageLinkContext);
  if (!Number.isInteger(page) || page < 1) return null;
  if (!open) {
    return (
      <span class="cl-page" data-testid="quote-page" data-page={page}>
        {t('pageTag', page)}
      </span>
    );
  }
  return (
    <button
      type="button"
      class="cl-page cl-link"
      data-testid="quote-page"
      data-page={page}
      title={t('openPdfAtPage', page)}
      onClick={() => open(page)}
    >
      {t('pageTag', page)}
      <span class="cl-visually-hidden"> {t('openPdfAtThisPage')}</span>
    </button>
  );
}

/** "PDF · 12 pages" and the reader's remarks ("Tracked changes: the accepted text was read."), for a file's card. */
export function FileFacts({ analysis }: { analysis: { format?: string; pageCount?: number; notes?: string[] } }) {
  if (!analysis.format) return null;
  const kind = analysis.format === 'docx' ? t('wordDocument') : analysis.format.toUpperCase();
  const pages = analysis.pageCount ? ` · ${tPlural('pageCount', analysis.pageCount, analysis.pageCount)}` : '';
  return (
    <div class="cl-file-facts" data-testid="file-facts">
      <p class="cl-muted">
        {kind}
        {pages}
      </p>
      {(analysis.notes ?? []).map((note) => (
        <p key={note} class="cl-muted">
          {note}
        </p>
      ))}
    </div>
  );
}
