import { describe, expect, it } from 'vitest';
import { blocksFromHtmlFragment, decodeEntities } from '../extractors/common/html-fragment';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

describe('blocksFromHtmlFragment', () => {
  it('gives one block per heading, paragraph and list item, and a row of cells per <tr>', () => {
    const blocks = blocksFromHtmlFragment(
      '<h2>Credits</h2><p>Credits are <b>applied</b> to the next invoice.</p><ul><li>One</li><li>Two</li></ul>' +
        '<table><tr><th>Uptime</th><th>Credit</th></tr><tr><td>&lt; 99%</td><td>10%</td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Credits', level: 2 },
      { kind: 'paragraph', text: 'Credits are applied to the next invoice.' },
      { kind: 'list-item', text: 'One' },
      { kind: 'list-item', text: 'Two' },
      { kind: 'table-row', text: '', cells: ['Uptime', 'Credit'] },
      { kind: 'table-row', text: '', cells: ['< 99%', '10%'] },
    ]);
  });

  it('ends a block at a <div>, and keeps a row left open at the end of the fragment', () => {
    expect(blocksFromHtmlFragment('<div>First</div><div>Second<br>line</div>').map((b) => b.text)).toEqual([
      'First',
      'Second line',
    ]);
    expect(blocksFromHtmlFragment('<tr><td>Band A</td><td>10%</td>')).toEqual([
      { kind: 'table-row', text: '', cells: ['Band A', '10%'] },
    ]);
  });

  it('look-alikes: a "<" that opens no tag is text, and a row of empty cells is no row', () => {
    expect(blocksFromHtmlFragment('<p>answers in < 2 hours</p>')).toEqual([
      { kind: 'paragraph', text: 'answers in < 2 hours' },
    ]);
    expect(blocksFromHtmlFragment('<tr><td></td><td> </td></tr>')).toEqual([]);
  });

  it('grows linearly with unclosed tags and with rows', () => {
    expect(doublingRatio((n) => '<a<b '.repeat(n), blocksFromHtmlFragment, 20_000, 5)).toBeLessThanOrEqual(
      LINEAR_RATIO,
    );
    expect(
      doublingRatio((n) => '<tr><td>99%</td><td>10%</td></tr>'.repeat(n), blocksFromHtmlFragment, 5_000, 5),
    ).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('decodeEntities', () => {
  it('decodes the common named references and numeric ones', () => {
    expect(decodeEntities('&lt;99.9% &amp; &quot;SLA&quot; &#8212; &#x2265;&nbsp;1')).toBe('<99.9% & "SLA" — ≥\u00a01');
  });

  it('decodes the bounds of a credit band and the direction marks of Arabic pages', () => {
    expect(decodeEntities('&lt; 99.9% and &ge; 99.0% | &le; 1 hour &minus; 5%')).toBe(
      '< 99.9% and ≥ 99.0% | ≤ 1 hour − 5%',
    );
    expect(decodeEntities('99.9%&rlm;')).toBe('99.9%\u200f');
    const rows = blocksFromHtmlFragment('<table><tr><td>&ge; 99.9%</td><td>0%</td></tr></table>');
    expect(rows[0]?.cells).toEqual(['≥ 99.9%', '0%']);
  });

  it('look-alikes: an unknown name, a surrogate code point and a bare "&" stay as written', () => {
    expect(decodeEntities('&bogus; &#xD800; AT&T')).toBe('&bogus; &#xD800; AT&T');
  });
});
