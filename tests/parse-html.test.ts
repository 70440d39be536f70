import { describe, expect, it } from 'vitest';
import { blocksFromDocument } from '../extractors/common/html-input';
import {
  docFromHtml,
  MAX_HTML_DEPTH,
  MAX_HTML_ELEMENTS,
  parseHtmlDocument,
  plainTextFromHtml,
  scanHtml,
} from '../extractors/common/parse-html';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

const CLAUSE = 'The Provider shall keep the Service available 99.9% of each calendar month.';
const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>${CLAUSE}</p>${'</div>'.repeat(n)}</body></html>`;
const inline = (n: number) => `<html><body><p>${CLAUSE}</p><p>${'<b>x</b> '.repeat(n)}</p></body></html>`;

describe('scanHtml', () => {
  it('counts start tags and nesting depth', () => {
    expect(scanHtml('<div><div><span>a</span></div></div>')).toEqual({ elements: 3, maxDepth: 3 });
  });

  it('adds no depth for void elements, self-closed tags and implied end tags', () => {
    const html = `<div>${'<p>para <br><img src=a.png> <x-icon/>'.repeat(50)}${'<li>item'.repeat(50)}</div>`;
    expect(scanHtml(html).maxDepth).toBe(1);
  });

  it('does not read markup inside scripts, styles or comments', () => {
    const html = `<p>a</p><script>${'<div>'.repeat(100)}</script><style>${'<b>'.repeat(9)}</style><!-- <div><div> -->`;
    expect(scanHtml(html)).toEqual({ elements: 3, maxDepth: 0 });
  });

  it('is linear in the markup (doubling ratio of medians)', () => {
    expect(doublingRatio(nested, (html) => scanHtml(html), 100_000)).toBeLessThanOrEqual(LINEAR_RATIO);
    expect(doublingRatio(inline, (html) => scanHtml(html), 100_000)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('plainTextFromHtml', () => {
  it('keeps text and line breaks at block boundaries, drops scripts, head and tags, decodes entities', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><h2>Fees</h2><p>Pay &amp; <b>keep</b> &lt;on time&gt;&#33;</p><script>x()</script><p>a < b</p></body></html>';
    expect(plainTextFromHtml(html).trim().split(/\n+/)).toEqual(['Fees', 'Pay & keep <on time>!', 'a < b']);
  });
});

describe('docFromHtml on hostile markup', () => {
  it('reads markup nested deeper than MAX_HTML_DEPTH as plain text, without a DOM', () => {
    const doc = docFromHtml(nested(MAX_HTML_DEPTH * 3));
    expect(doc.text).toBe(CLAUSE);
  });

  it('reads markup with more than MAX_HTML_ELEMENTS tags as plain text', () => {
    const doc = docFromHtml(inline(MAX_HTML_ELEMENTS + 1000));
    expect(doc.text.startsWith(CLAUSE)).toBe(true);
  });

  it('still parses ordinary markup as a DOM (headings stay headings)', () => {
    const doc = docFromHtml(`<h2>Availability</h2><p>${CLAUSE}</p>`);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('stays linear past the limits (doubling ratio of medians)', () => {
    expect(doublingRatio(nested, (html) => docFromHtml(html), 20_000, 3)).toBeLessThanOrEqual(LINEAR_RATIO);
    expect(doublingRatio(inline, (html) => docFromHtml(html), 100_000, 3)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('Readability element limit', () => {
  it('reads a page with more elements than Readability may parse from the body walk', () => {
    const spans = '<span>w</span> '.repeat(21_000);
    const html = `<html><body><article><h1>Terms</h1><p>${CLAUSE.repeat(10)}</p><p>${spans}</p></article></body></html>`;
    expect(blocksFromDocument(parseHtmlDocument(html)).via).toBe('body');
    const small = `<html><body><article><h1>Terms</h1>${`<p>${CLAUSE.repeat(4)}</p>`.repeat(6)}</article></body></html>`;
    expect(blocksFromDocument(parseHtmlDocument(small)).via).toBe('readability');
  });
});
