// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearHighlightInPage, findQuotesInPage, HIGHLIGHT_NAME } from '@/utils/highlight';

/** A stand-in for the CSS Custom Highlight API, which jsdom lacks: records what is registered. */
class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
const w = window as unknown as { CSS?: { highlights?: Map<string, FakeHighlight> }; Highlight?: unknown };
const highlighted = () => w.CSS?.highlights?.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString()) ?? [];

describe('findQuotesInPage', () => {
  let html = '';
  beforeEach(() => {
    document.body.textContent = '';
    const main = document.createElement('main');
    const p = document.createElement('p');
    p.append(
      'Acme will make the Service available ',
      Object.assign(document.createElement('b'), { textContent: '99.9%' }),
    );
    p.append(' of the\n   time each   month. Other text.');
    const table = document.createElement('table');
    const row = table.insertRow();
    row.insertCell().textContent = 'Below 99.9%';
    row.insertCell().textContent = '10% credit';
    const script = document.createElement('script');
    script.textContent = 'var Acme = "will make the Service available";';
    main.append(script, p, table);
    document.body.append(main);
    w.CSS = { highlights: new Map() };
    w.Highlight = FakeHighlight;
    html = document.documentElement.outerHTML;
  });
  afterEach(() => {
    delete w.CSS;
    delete w.Highlight;
  });

  it('finds a quote across elements and whitespace and paints it without touching the DOM', () => {
    const [result] = findQuotesInPage(['Acme will make the Service available 99.9% of the time each month.'], true);
    expect(result).toEqual({ found: true, visible: true, marks: 3 });
    expect(highlighted()).toEqual(['Acme will make the Service available 99.9% of the\n   time each   month.']);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(window.getSelection()?.toString() ?? '').toBe('');
  });

  it('matches a table row quoted with " | " between cells', () => {
    expect(findQuotesInPage(['Below 99.9% | 10% credit'], true)[0]).toMatchObject({ found: true, marks: 2 });
  });

  it('checks many quotes in one pass, painting nothing unless asked', () => {
    const results = findQuotesInPage(['Other text.', 'This sentence is nowhere.', '10% credit'], false);
    expect(results.map((r) => r.found)).toEqual([true, false, true]);
    expect(highlighted()).toEqual([]);
  });

  it('replaces the previous highlight, and clears it', () => {
    findQuotesInPage(['Other text.'], true);
    findQuotesInPage(['10% credit'], true);
    expect(highlighted()).toEqual(['10% credit']);
    expect(clearHighlightInPage()).toBe(true);
    expect(highlighted()).toEqual([]);
    expect(clearHighlightInPage()).toBe(false);
  });

  it('reports a quote that is not in the page, and ignores script text', () => {
    const none = { found: false, visible: false, marks: 0 };
    expect(findQuotesInPage(['This sentence is nowhere.', '   ', 'var Acme ='], true)).toEqual([none, none, none]);
  });

  it('falls back to boxes in a closed shadow root where the Highlight API is missing', () => {
    delete w.CSS;
    delete w.Highlight;
    expect(findQuotesInPage(['Other text.'], true)[0]?.found).toBe(true);
    // The page's own content is untouched; the only addition is the overlay's host, outside <body>.
    expect(document.body.outerHTML).toBe(new DOMParser().parseFromString(html, 'text/html').body.outerHTML);
    expect(clearHighlightInPage()).toBe(true);
    expect(document.documentElement.outerHTML).toBe(html);
  });

  it('is self-contained, so executeScript can serialize it', () => {
    // Rebuild from source as the browser does: no closure over module scope may remain.
    const rebuilt = new Function(`return (${findQuotesInPage.toString()})`)() as typeof findQuotesInPage;
    expect(rebuilt(['Other text.'], true)[0]?.found).toBe(true);
    const clear = new Function(`return (${clearHighlightInPage.toString()})`)() as typeof clearHighlightInPage;
    expect(clear()).toBe(true);
  });
});
