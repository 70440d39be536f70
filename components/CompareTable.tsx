import type { ComparisonCell, ComparisonRow } from '@/utils/exporters';

export interface CompareTableProps {
  rows: readonly ComparisonRow[];
  /** Column headers, one per vendor, in the order of each row's cells. */
  vendors: readonly string[];
  caption?: string;
}

/**
 * Vendors as columns, fields as rows. Plain markup, no per-cell hooks or effects, so 200 vendors render in one
 * pass. Best/worst are marked with a symbol and a word (not colour alone) that screen readers read as a label.
 */
export function CompareTable({ rows, vendors, caption = 'Vendors compared field by field' }: CompareTableProps) {
  return (
    <table class="cl-compare-table" data-testid="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {vendors.map((v, i) => (
            // Index key: two vendors may share a name; the column index is the identity.
            <th scope="col" key={i}>
              {v}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-field={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              // Index key: cells follow the vendor columns by position.
              <Cell key={i} cell={cell} mark={row.best.includes(i) ? 'best' : row.worst.includes(i) ? 'worst' : null} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ cell, mark }: { cell: ComparisonCell; mark: 'best' | 'worst' | null }) {
  if (cell.text === null) {
    return (
      <td class="cl-missing">
        <span aria-hidden="true">—</span>
        <span class="sr-only">not stated</span>
      </td>
    );
  }
  return (
    <td class={mark ? `cl-${mark}` : undefined}>
      {cell.text}
      {cell.hint && <span class="cl-hint"> {cell.hint}</span>}
      {mark === 'best' && (
        <span class="cl-mark cl-good" role="img" aria-label="best in this row" title="Best in this row">
          {' ▲ best'}
        </span>
      )}
      {mark === 'worst' && (
        <span class="cl-mark cl-bad" role="img" aria-label="worst in this row" title="Worst in this row">
          {' ▼ worst'}
        </span>
      )}
    </td>
  );
}
