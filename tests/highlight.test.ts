// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHighlightInPage, highlightQuoteInPage } from '@/utils/highlight';

const marks = () => Array.from(document.querySelectorAll('mark[data-clauselens-highlight]'));

describe('highlightQuoteInPage', () => {
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
  });

  it('finds a quote across elements and whitespace, marks it and selects it', () => {
    const result = highlightQuoteInPage('Acme will make the Service available 99.9% of the time each month.');
    expect(result.found).toBe(true);
    expect(result.marks).toBe(3);
    expect(
      marks()
        .map((m) => m.textContent)
        .join(''),
    ).toBe('Acme will make the Service available 99.9% of the\n   time each   month.');
    expect(document.querySelector('p')?.textContent).toContain('Other text.');
    expect(window.getSelection()?.toString()).toContain('Acme will make');
  });

  it('matches a table row quoted with " | " between cells', () => {
    expect(highlightQuoteInPage('Below 99.9% | 10% credit').found).toBe(true);
    expect(marks()).toHaveLength(2);
  });

  it('replaces the previous highlight and restores the text', () => {
    highlightQuoteInPage('Other text.');
    expect(marks()).toHaveLength(1);
    highlightQuoteInPage('10% credit');
    expect(marks().map((m) => m.textContent)).toEqual(['10% credit']);
    expect(document.querySelector('p')?.textContent).toBe(
      'Acme will make the Service available 99.9% of the\n   time each   month. Other text.',
    );
    expect(clearHighlightInPage()).toBe(true);
    expect(marks()).toHaveLength(0);
  });

  it('reports a quote that is not in the page, and ignores script text', () => {
    expect(highlightQuoteInPage('This sentence is nowhere.')).toEqual({ found: false, marks: 0 });
    expect(highlightQuoteInPage('   ')).toEqual({ found: false, marks: 0 });
    expect(highlightQuoteInPage('var Acme =')).toEqual({ found: false, marks: 0 });
  });

  it('is self-contained, so executeScript can serialize it', () => {
    // Rebuild from source as the browser does: no closure over module scope may remain.
    const rebuilt = new Function(`return (${highlightQuoteInPage.toString()})`)() as typeof highlightQuoteInPage;
    expect(rebuilt('Other text.').found).toBe(true);
  });
});
