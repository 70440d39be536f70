import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../extractors/common/parse-html';
import { collectPageSignals, SAMPLE_CHARS } from '../extractors/page-signals';

describe('collectPageSignals', () => {
  it('reads title, headings and main text, skipping nav, scripts and footers', () => {
    const document = parseHtmlDocument(`<!doctype html><html><head><title> Nimbo  SLA </title></head><body>
      <nav>Pricing Sign up Log in</nav>
      <main><h1>Service Level Agreement</h1><h2>1. Service Commitment</h2><script>var x = 1;</script>
      <p>Nimbo will use commercially reasonable efforts.</p><footer>© Nimbo</footer></main>
      </body></html>`);
    const s = collectPageSignals(document, 'https://nimbo.example/sla');
    expect(s.url).toBe('https://nimbo.example/sla');
    expect(s.title).toBe('Nimbo SLA');
    expect(s.headings).toEqual(['Service Level Agreement', '1. Service Commitment']);
    expect(s.sample).toBe(
      'Service Level Agreement\n1. Service Commitment\nNimbo will use commercially reasonable efforts.',
    );
  });

  it('bounds the sample on a huge page', () => {
    const p = '<p>The Customer shall pay all fees.</p>'.repeat(20000);
    const document = parseHtmlDocument(`<html><head><title>T</title></head><body>${p}</body></html>`);
    const s = collectPageSignals(document, 'https://x.example/');
    expect(s.sample.length).toBeLessThanOrEqual(SAMPLE_CHARS);
    expect(s.sample.length).toBeGreaterThan(1000);
  });
});

describe('collectPageSignals: where it reads', () => {
  it('keeps headings in document order across levels, and at most 24', () => {
    const hs = Array.from({ length: 30 }, (_, i) => `<h${(i % 3) + 1}>H${i}</h${(i % 3) + 1}>`).join('');
    const s = collectPageSignals(parseHtmlDocument(`<html><body>${hs}</body></html>`), 'https://x.example/');
    expect(s.headings.slice(0, 4)).toEqual(['H0', 'H1', 'H2', 'H3']);
    expect(s.headings).toHaveLength(24);
  });

  it('samples the role="main" region when there is no <main> or <article>', () => {
    const html = `<html><body><div>Menu Shop Blog</div><div role="main"><p>The Provider shall maintain the Service.</p></div></body></html>`;
    const s = collectPageSignals(parseHtmlDocument(html), 'https://x.example/');
    expect(s.sample).toBe('The Provider shall maintain the Service.');
  });
});
