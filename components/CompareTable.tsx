import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CellSource, ComparisonRow } from '@/utils/comparison';
import { appendDirectedText, valueDirectionOf } from '@/utils/direction';
import { t } from '@/utils/i18n';
import { kindName } from '@/utils/kinds';
import { BidiText } from './BidiText';

export interface CompareTableProps {
  rows: readonly ComparisonRow[];
  /** Column headers, one per vendor, in the order of each row's cells. */
  vendors: readonly string[];
  caption?: string;
  /** Per row and column, the document the cell's value came from (cellSourceDocs); shown under the value. */
  sources?: readonly (readonly (CellSource | null)[])[];
}

/**
 * Vendors as columns, fields as rows. Best/worst are marked with a symbol and a word (not colour alone) that screen
 * readers read as a label; a missing value shows a dash that screen readers read as "not stated"; a stored value
 * that cannot be read shows "⚠ unreadable value" in its cell.
 *
 * The body (200 vendors × 20 rows: thousands of cells) is built with DOM calls in a layout effect, before the browser
 * paints, instead of as thousands of virtual nodes for Preact to diff: that halves the page's render time. Every
 * piece of page text goes in as a text node (never as markup). Preact owns the table, caption and header row and
 * leaves the body's children alone.
 */
export function CompareTable({ rows, vendors, caption = t('compareCaption'), sources }: CompareTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    if (body.current) fillBody(body.current, rows, sources);
  }, [rows, sources]);
  return (
    <table class="cl-compare-table" data-testid="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fieldColumn')}</th>
          {vendors.map((v, i) => (
            // Index key: two vendors may share a name; the column index is the identity.
            <th scope="col" key={i}>
              <BidiText text={v} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body} />
    </table>
  );
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const isoDay = (ms: number | undefined) =>
  typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15
    ? new Date(ms).toISOString().slice(0, 10)
    : '';

/**
 * The small line under a value that says which document it came from: "SLA · 2026-12-01", a link that opens the
 * saved snapshot (its card and quotes), with the title and URL in its tooltip and accessible name. Text only.
 */
function sourceLine(doc: Document, s: CellSource): HTMLElement {
  const day = isoDay(s.capturedAt);
  const kind = s.kind ? kindName(s.kind) : '';
  const title = typeof s.title === 'string' && s.title.trim() ? s.title.trim() : s.url;
  const full = day ? t('cellSourceTitle', title, s.url, day) : t('cellSourceTitleUndated', title, s.url);
  const text = [kind, day].filter(Boolean).join(' · ') || title;
  const attrs: Record<string, string> = { class: 'cl-source', 'data-testid': 'cell-source', title: full };
  if (typeof s.snapshotId === 'number' && Number.isSafeInteger(s.snapshotId) && s.snapshotId > 0) {
    const a = el(doc, 'a', { ...attrs, href: `/document.html?snapshot=${s.snapshotId}`, target: '_blank' }, text);
    a.setAttribute('aria-label', t('cellSourceLabel', full));
    return a;
  }
  return el(doc, 'span', attrs, text);
}

/** Replaces the body's rows: one <tr data-field> per row, a <th scope=row> label, one <td> per vendor. */
function fillBody(
  tbody: HTMLTableSectionElement,
  rows: readonly ComparisonRow[],
  sources?: readonly (readonly (CellSource | null)[])[],
): void {
  const doc = tbody.ownerDocument;
  // One source line per document, cloned into each of its cells (a column's values come from a few documents).
  const lines = new Map<CellSource, HTMLElement>();
  const lineOf = (s: CellSource) => {
    let line = lines.get(s);
    if (!line) {
      line = sourceLine(doc, s);
      lines.set(s, line);
    }
    return line.cloneNode(true);
  };
  // Cells that are the same for every vendor are built once and cloned.
  const missing = el(doc, 'td', { class: 'cl-missing' });
  missing.append(
    el(doc, 'span', { 'aria-hidden': 'true' }, '—'),
    el(doc, 'span', { class: 'sr-only' }, t('notStatedLower')),
  );
  const bestMark = el(
    doc,
    'span',
    { class: 'cl-mark cl-good', role: 'img', 'aria-label': t('bestInRowLabel'), title: t('bestInRowTitle') },
    ` ${t('bestMark')}`,
  );
  const worstMark = el(
    doc,
    'span',
    { class: 'cl-mark cl-bad', role: 'img', 'aria-label': t('worstInRowLabel'), title: t('worstInRowTitle') },
    ` ${t('worstMark')}`,
  );
  const out = doc.createDocumentFragment();
  rows.forEach((row, ri) => {
    const tr = el(doc, 'tr', { 'data-field': row.key });
    tr.append(el(doc, 'th', { scope: 'row' }, row.label));
    // Sets: a row where many vendors tie for best would make includes() per cell quadratic.
    const best = new Set(row.best);
    const worst = new Set(row.worst);
    row.cells.forEach((cell, i) => {
      if (cell.error !== undefined) {
        // A stored value the table cannot read: said in place, the rest of the table stands.
        tr.append(el(doc, 'td', { class: 'cl-unreadable', 'data-error': 'true' }, `⚠ ${cell.error}`));
        return;
      }
      if (cell.text === null) {
        tr.append(missing.cloneNode(true));
        return;
      }
      const mark = best.has(i) ? bestMark : worst.has(i) ? worstMark : null;
      const td = el(doc, 'td', mark === bestMark ? { class: 'cl-best' } : mark ? { class: 'cl-worst' } : {});
      if (valueDirectionOf(cell.text).dir) {
        // An Arabic value reads right to left in its own span (the marks stay after it), Latin runs isolated.
        const value = el(doc, 'span');
        appendDirectedText(value, cell.text, true);
        td.append(value);
      } else td.append(cell.text);
      if (cell.hint) td.append(el(doc, 'span', { class: 'cl-hint' }, ` ${cell.hint}`));
      if (mark) td.append(mark.cloneNode(true));
      const source = sources?.[ri]?.[i];
      if (source) td.append(lineOf(source));
      tr.append(td);
    });
    out.append(tr);
  });
  tbody.replaceChildren(out);
}
