// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../extractors/common/parse-html';
import { detectPage } from '../extractors/detect';
import {
  cleanSignals,
  collectPageSignals,
  MAX_HEADINGS,
  type PageSignals,
  readByWalk,
  readByXPath,
  SAMPLE_CHARS,
} from '../extractors/page-signals';

// linkedom has no document.evaluate, so it exercises the DOM walk; jsdom (this file's environment) has XPath,
// so its documents take the XPath path.
const linkedom = (html: string) => parseHtmlDocument(html);
const jsdom = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = (body: string, title = 'T') =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const SLA_PAGE = page(
  `<nav>Pricing Sign up Log in</nav>
  <main><h1>Service Level Agreement</h1><h2>1. Service Commitment</h2><script>var x = 1;</script>
  <p>Nimbo will use commercially reasonable efforts.</p><footer>© Nimbo</footer></main>`,
  ' Nimbo  SLA ',
);

describe('collectPageSignals through the DOM walk', () => {
  it('reads title, headings and main text, skipping nav, scripts and footers', () => {
    const s = cleanSignals(collectPageSignals(linkedom(SLA_PAGE), 'https://nimbo.example/sla'));
    expect(s.url).toBe('https://nimbo.example/sla');
    expect(s.title).toBe('Nimbo SLA');
    expect(s.headings).toEqual(['Service Level Agreement', '1. Service Commitment']);
    expect(s.sample).toBe(
      'Service Level Agreement\n1. Service Commitment\nNimbo will use commercially reasonable efforts.',
    );
  });

  it('bounds the sample on a huge page', () => {
    const p = '<p>The Customer shall pay all fees.</p>'.repeat(20000);
    const s = collectPageSignals(linkedom(page(p)), 'https://x.example/');
    expect(s.sample.length).toBeLessThanOrEqual(SAMPLE_CHARS);
    expect(cleanSignals(s).sample.length).toBeGreaterThan(1000);
  });

  it('keeps headings in document order across levels, and at most MAX_HEADINGS', () => {
    const hs = Array.from({ length: 30 }, (_, i) => `<h${(i % 3) + 1}>H${i}</h${(i % 3) + 1}>`).join('');
    const s = cleanSignals(collectPageSignals(linkedom(page(hs)), 'https://x.example/'));
    expect(s.headings.slice(0, 4)).toEqual(['H0', 'H1', 'H2', 'H3']);
    expect(s.headings).toHaveLength(MAX_HEADINGS);
  });

  it('samples the role="main" region when there is no <main> or <article>', () => {
    const html = page(
      `<div>Menu Shop Blog</div><div role="main"><p>The Provider shall maintain the Service.</p></div>`,
    );
    expect(cleanSignals(collectPageSignals(linkedom(html), 'https://x.example/')).sample).toBe(
      'The Provider shall maintain the Service.',
    );
  });
});

describe('readByXPath', () => {
  it('reads the headings and the main text, with the script cut out and headings on their own lines', () => {
    const read = readByXPath(jsdom(SLA_PAGE));
    expect(read).not.toBeNull();
    const s = cleanSignals({ url: 'u', title: '', ...(read as Pick<PageSignals, 'headings' | 'sample'>) });
    expect(s.headings).toEqual(['Service Level Agreement', '1. Service Commitment']);
    expect(s.sample).toContain('Service Level Agreement\n1. Service Commitment\nNimbo will use commercially');
    expect(s.sample).not.toContain('var x');
    expect(s.sample).not.toContain('Sign up');
  });

  it('is what collectPageSignals uses where XPath exists', () => {
    // Level by level: the h1 comes first although an h2 precedes it in the page (the walk keeps page order).
    const html = page('<h2>Overview</h2><h1>Terms of Service</h1><p>You shall not misuse the Service.</p>');
    expect(collectPageSignals(jsdom(html), 'u').headings).toEqual(['Terms of Service', 'Overview']);
    expect(collectPageSignals(linkedom(html), 'u').headings).toEqual(['Overview', 'Terms of Service']);
  });

  it('samples a page without <main> from its first heading, leaving the header and navigation out', () => {
    const html = page(`<header><a>Products</a> <a>Pricing</a> <a>Sign up free</a></header>
      <div class="content"><h1>Acceptable Use Policy</h1><p>You shall not use the Service to send spam.</p></div>`);
    const read = readByXPath(jsdom(html));
    expect(read?.sample).not.toContain('Pricing');
    expect(read?.sample).toContain('Acceptable Use Policy');
    expect(read?.sample).toContain('You shall not use the Service to send spam.');
  });

  it('reads headings beyond the first of each level, MAX_HEADINGS in all', () => {
    const hs = Array.from({ length: 30 }, (_, i) => `<h2>Section ${i + 1}</h2><p>Text.</p>`).join('');
    const read = readByXPath(jsdom(page(`<main><h1>MSA</h1>${hs}</main>`)));
    expect(read?.headings).toHaveLength(MAX_HEADINGS);
    expect(read?.headings.slice(0, 3)).toEqual(['MSA', 'Section 1', 'Section 2']);
  });

  it('leaves pages it cannot read as the walk would to the walk', () => {
    const cases = {
      'a role="main" region': page('<div role="main"><p>The Provider shall.</p></div>'),
      'many inline scripts': page(`${'<script>var a = 1;</script>'.repeat(10)}<p>The Provider shall.</p>`),
      'the separator in its text': page('<main><p>The Provider\u001f shall.</p></main>'),
    };
    for (const [what, html] of Object.entries(cases)) expect(readByXPath(jsdom(html)), what).toBeNull();
    // More elements than XPath is cheaper for: the first call counts them, and nothing else is read.
    const calls: string[] = [];
    const big = jsdom(page(`<main>${'<p>The Provider shall.</p>'.repeat(600)}</main>`));
    const evaluate = big.evaluate.bind(big);
    big.evaluate = ((
      expression: string,
      ...rest: Parameters<Document['evaluate']> extends [string, ...infer R] ? R : never
    ) => {
      calls.push(expression);
      return evaluate(expression, ...rest);
    }) as Document['evaluate'];
    expect(readByXPath(big), 'a page of 600 elements').toBeNull();
    expect(calls).toEqual(['count(//*)']);
    // An XHTML document (elements in a namespace, where XPath name tests differ between engines) is still read.
    const xhtml = new DOMParser().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><main><p>The Provider shall.</p></main></body></html>',
      'application/xhtml+xml',
    );
    expect(collectPageSignals(xhtml, 'u').sample).toContain('The Provider shall.');
    const noXPath = { evaluate: undefined } as unknown as Document;
    expect(readByXPath(noXPath)).toBeNull();
  });

  it('bounds what it returns however long the text is', () => {
    const long = 'The Customer shall pay all fees when due. '.repeat(50_000); // 2 MB in one text node
    const read = readByXPath(jsdom(page(`<main><h1>${'T'.repeat(5000)}</h1><p>${long}</p></main>`)));
    expect(read?.sample.length).toBeLessThanOrEqual(SAMPLE_CHARS);
    expect(read?.headings[0]?.length).toBeLessThanOrEqual(400);
  });
});

describe('a page whose first 4 KB are a mega-menu', () => {
  // A site menu of plain <div>s and links, long enough to fill the sample, with column titles as <h3>s.
  const columns = Array.from(
    { length: 12 },
    (_, c) =>
      `<div class="col"><h3>Products ${c}</h3>${Array.from({ length: 30 }, (_, i) => `<a href="/p${c}-${i}">Widget suite ${c}-${i}</a>`).join(' ')}</div>`,
  ).join('');
  const content = `<h1>Service Level Agreement</h1><h2>1. Availability</h2>
    <p>This SLA applies to the Quillmark service. Quillmark will use commercially reasonable efforts to make the
    service available 99.9% of each calendar month. If availability falls below that level, Customer is entitled
    to a service credit as set out below. Customer must request the credit in writing within thirty days.</p>
    <p>Service credits are Customer's sole and exclusive remedy for any unavailability of the service.</p>`;

  for (const [name, menu] of [
    ['with role="navigation"', `<div role="navigation">${columns}</div>`],
    ['with no landmark at all', `<div class="megamenu">${columns.replaceAll('h3', 'span')}</div>`],
  ] as const) {
    it(`reads the content after the menu, ${name}, both ways`, () => {
      const html = page(`${menu}<div class="content">${content}</div>`, 'Quillmark');
      for (const doc of [jsdom(html), linkedom(html)]) {
        const s = cleanSignals(collectPageSignals(doc, 'https://quillmark.example/legal/sla'));
        expect(s.sample.startsWith('Service Level Agreement')).toBe(true);
        expect(s.sample).not.toContain('Widget suite');
        expect(detectPage(s)).toMatchObject({ isLegal: true, kind: 'sla' });
      }
    });
  }

  it('does not start at an h1 that is the logo inside the site header', () => {
    const html = page(
      `<header><h1>Quillmark</h1><div>Docs Blog</div></header><div class="content"><p>Welcome to our blog.</p></div>`,
    );
    const s = cleanSignals(collectPageSignals(linkedom(html), 'u'));
    expect(s.sample).toBe('Welcome to our blog.');
  });
});

describe('readByXPath on a huge single-text-node page', () => {
  /** The strings document.evaluate() hands the script, by wrapping the document's evaluate. */
  function returnedStrings(doc: Document): string[] {
    const seen: string[] = [];
    const evaluate = doc.evaluate.bind(doc);
    doc.evaluate = ((...args: Parameters<Document['evaluate']>) => {
      const r = evaluate(...args);
      if (r.resultType === 2) seen.push(r.stringValue);
      return r;
    }) as Document['evaluate'];
    return seen;
  }

  it('takes a bounded substring inside the XPath expression, not the whole body', () => {
    // 1 MB in one text node, with and without <main>: the script must never receive it whole.
    const text = 'The Customer shall pay all fees when due. '.repeat(25_000);
    for (const body of [`<p>${text}</p>`, `<main><h1>Terms</h1><p>${text}</p></main>`]) {
      const doc = jsdom(page(body));
      const strings = returnedStrings(doc);
      const read = readByXPath(doc);
      expect(read).not.toBeNull();
      expect(read?.sample.length).toBeLessThanOrEqual(SAMPLE_CHARS);
      expect(read?.sample).toContain('The Customer shall pay');
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) expect(s.length).toBeLessThan(SAMPLE_CHARS * 8);
    }
  });

  it('leaves a page with a code block too long to cut out to the walk', () => {
    const code = `var x = "${'a'.repeat(SAMPLE_CHARS * 3)}";`;
    const doc = jsdom(page(`<main><h1>Terms</h1><script>${code}</script><p>The Provider shall.</p></main>`));
    expect(readByXPath(doc)).toBeNull();
    expect(cleanSignals(collectPageSignals(doc, 'u')).sample).toContain('The Provider shall.');
    expect(cleanSignals(collectPageSignals(doc, 'u')).sample).not.toContain('aaaa');
  });
});

describe('cleanSignals', () => {
  it('collapses whitespace, keeps line breaks in the sample, drops empty headings and bounds everything', () => {
    const s = cleanSignals({
      url: 'u',
      title: '  Terms \n of   Use ',
      headings: [' ', ' 1.\tFees ', ...Array.from({ length: 40 }, (_, i) => `H${i}`)],
      sample: `  Fees  are\u00a0due.\n \n  Late fees apply.${'x'.repeat(10_000)}`,
    });
    expect(s.title).toBe('Terms of Use');
    expect(s.headings[0]).toBe('1. Fees');
    expect(s.headings).toHaveLength(MAX_HEADINGS - 1);
    expect(s.sample.startsWith('Fees are due.\nLate fees apply.')).toBe(true);
    expect(s.sample.length).toBeLessThanOrEqual(SAMPLE_CHARS);
  });
});

describe('the XPath path and the DOM walk reach the same verdict', () => {
  // The e2e test site's pages (composed to look like real vendor pages) and a few more shapes.
  const pagesDir = join(import.meta.dirname, 'e2e/pages');
  const pages: Record<string, string> = Object.fromEntries(
    readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f, readFileSync(join(pagesDir, f), 'utf8')]),
  );
  pages['privacy, no main'] = page(`<header><nav><a>Home</a> <a>Blog</a> <a>Careers</a></nav></header>
    <div><h1>Privacy Policy</h1><h2>1. Information we collect</h2>
    <p>We collect personal data you provide to us, such as your name and email address, when you register.</p>
    <h2>2. How we use personal data</h2><p>We use personal data to provide the Service, and we shall not sell
    personal data to any third party. The lawful basis for processing is our legitimate interests.</p>
    <h2>3. Retention</h2><p>We retain personal data for the retention period required by applicable law.</p></div>
    <footer>© Acme · Terms · Privacy</footer>`);
  pages['blog post about SLAs'] = page(`<nav><a>Pricing</a> <a>Sign up</a></nav><article>
    <h1>What is an SLA? Service level agreements explained</h1><p>By Jane Doe · 5 min read</p>
    <p>An SLA tells you how much uptime a provider promises. In this post we look at three popular plans and
    share our tips. Sign up for our newsletter to get more posts like this one.</p></article>`);

  for (const [name, html] of Object.entries(pages)) {
    it(name, () => {
      const url = `https://vendor.example/${name.replace(/\W+/g, '-')}`;
      const dom = jsdom(html);
      const byXPath = readByXPath(dom);
      expect(byXPath, 'the XPath path reads this page').not.toBeNull();
      const title = dom.title;
      const viaXPath = detectPage({ url, title, ...(byXPath as Pick<PageSignals, 'headings' | 'sample'>) });
      const viaWalk = detectPage({ url, title, ...readByWalk(dom) });
      expect({ isLegal: viaXPath.isLegal, kind: viaXPath.kind }).toEqual({
        isLegal: viaWalk.isLegal,
        kind: viaWalk.kind,
      });
      expect(Math.abs(viaXPath.score - viaWalk.score)).toBeLessThanOrEqual(0.15);
    });
  }
});
