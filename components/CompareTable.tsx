import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComparisonRow } from '@/utils/comparison';
import { appendDirectedText, valueDirectionOf } from '@/utils/direction';
import { t } from '@/utils/i18n';
import { BidiText } from './BidiText';

export interface CompareTableProps {
  rows: readonly ComparisonRow[];
  /** Column headers, one per vendor, in the order of each row's cells. */
  vendors: readonly string[];
  caption?: string;
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
export function CompareTable({ rows, vendors, caption = t('compareCaption') }: CompareTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    if (body.current) fillBody(body.current, rows);
  }, [rows]);
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

/** Replaces the body's rows: one <tr data-field> per row, a <th scope=row> label, one <td> per vendor. */
function fillBody(tbody: HTMLTableSectionElement, rows: readonly ComparisonRow[]): void {
  const doc = tbody.ownerDocument;
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
  for (const row of rows) {
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
      tr.append(td);
    });
    out.append(tr);
  }
  tbody.replaceChildren(out);
}
