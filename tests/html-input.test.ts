import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../extractors/common/parse-html';

const para = (n: number) =>
  `<p>${'The Provider shall maintain the Service in accordance with this Agreement. '.repeat(n)}</p>`;

describe('docFromHtml', () => {
  it('keeps headings, list items and table rows as blocks and drops page chrome', () => {
    const doc = docFromHtml(`<html><head><title>Acme SLA</title></head><body>
      <nav><a href="/">Home</a><a href="/pricing">Pricing</a></nav>
      <div id="cookie-banner" aria-hidden="true">We use cookies</div>
      <main><h2>Service Credits</h2>${para(8)}
      <ul><li>First <b>item</b></li><li>Second item</li></ul>
      <table><tr><th>Uptime</th><th>Credit</th></tr><tr><td>&lt; 99.9%</td><td>10%</td></tr></table></main>
      <footer>© 2025 Acme</footer></body></html>`);
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds).toContain('heading');
    expect(kinds.filter((k) => k === 'list-item')).toHaveLength(2);
    expect(doc.text).toContain('Uptime | Credit\n< 99.9% | 10%');
    expect(doc.text).toContain('First item');
    expect(doc.text).not.toContain('Pricing');
    expect(doc.text).not.toContain('We use cookies');
    expect(doc.text).not.toContain('© 2025');
    expect(doc.title).toBe('Acme SLA');
  });

  it('separates the words a line break or a block splits inside a table cell or a heading, not those an inline tag splits', () => {
    const doc = docFromHtml(`<html><body><main>
      <h2>4.<br>Support<div>targets</div></h2>${para(8)}
      <table><tr><th>Level</th><th>First response</th></tr>
      <tr><td><span>2.1</span> <strong>Priority 1 (P1)<br>Critical</strong></td><td><p>15 minutes</p><p>24/7</p></td></tr>
      <tr><td><strong>P</strong>2<script>var x = 1;</script></td><td>1 hour</td></tr></table></main></body></html>`);
    expect(doc.text).toContain('4. Support targets');
    expect(doc.text).toContain('2.1 Priority 1 (P1) Critical | 15 minutes 24/7');
    // Look-alike: inline tags join their text ("<strong>P</strong>2" is "P2"), and a cell's script is no text.
    expect(doc.text).toContain('P2 | 1 hour');
    expect(doc.text).not.toContain('var x');
  });

  it("leaves a heading's permalink out of its words; a link with words stays", () => {
    const doc = docFromHtml(`<html><body><main>
      <h3 id="sev-1">Severity 1 - Critical<a class="headerlink" href="#sev-1" title="Permanent link">#\u{fe0f}</a></h3>${para(4)}
      <h3 id="sev-2">Severity 2 - High<a href="#sev-2">¶</a></h3>${para(4)}
      <h3>Credits under <a href="#schedule-b">Schedule B</a></h3>${para(4)}</main></body></html>`);
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
    expect(headings).toEqual(['Severity 1 - Critical', 'Severity 2 - High', 'Credits under Schedule B']);
  });

  it('reads a plain-text file shown by the browser (one <pre>) line by line, as the text reader does', () => {
    // Chrome and Firefox show a text/plain response as <body><pre>…</pre></body>.
    const file = [
      'FERNWOOD HOSTING TERMS',
      'Last revised: 4 May 2025',
      '',
      '1. Governing Law',
      'These Terms are governed by the laws of the State of Oregon, and the state and federal',
      'courts in Portland, Oregon have exclusive jurisdiction over any dispute.',
      '',
      '2. Notices',
      'Either party may terminate for convenience on sixty (60) days written notice.',
    ].join('\n');
    const doc = docFromHtml(`<html><head></head><body><pre style="white-space: pre-wrap">${file}</pre></body></html>`);
    const texts = doc.blocks.map((b) => doc.text.slice(b.start, b.end));
    expect(texts).toContain('Last revised: 4 May 2025');
    expect(texts).toContain('1. Governing Law');
    // A hard-wrapped line continues its paragraph; the heading lines stay their own blocks.
    expect(texts).toContain(
      'These Terms are governed by the laws of the State of Oregon, and the state and federal courts in Portland, Oregon have exclusive jurisdiction over any dispute.',
    );
    expect(doc.blocks.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps a <pre> inside a page apart from the paragraphs around it', () => {
    const doc = docFromHtml(
      `<body><main><p>Intro paragraph of the agreement.</p><pre>Uptime: 99.9%\nCredit: 10%</pre><p>After.</p></main></body>`,
    );
    const texts = doc.blocks.map((b) => doc.text.slice(b.start, b.end));
    expect(texts).toEqual(['Intro paragraph of the agreement.', 'Uptime: 99.9%', 'Credit: 10%', 'After.']);
  });

  it("takes the site's name from og:site_name, else from application-name", () => {
    const body = `<body><main>${para(12)}</main></body>`;
    const app = docFromHtml(`<html><head><meta name="application-name" content="Tidewater"></head>${body}</html>`);
    expect(app.siteName).toBe('Tidewater');
    const both = docFromHtml(
      `<html><head><meta name="application-name" content="Tidewater App"><meta property="og:site_name" content="Tidewater"></head>${body}</html>`,
    );
    expect(both.siteName).toBe('Tidewater');
    expect(docFromHtml(`<html><head></head>${body}</html>`).siteName ?? null).toBeNull();
  });

  it('reads escaped markup as text, never as elements', () => {
    const doc = docFromHtml('<p>Clause: &lt;img src=x onerror="alert(1)"&gt; is text.</p>');
    expect(doc.text).toBe('Clause: <img src=x onerror="alert(1)"> is text.');
  });

  it('ignores scripts and styles', () => {
    const doc = docFromHtml('<p>Visible words here.</p><script>var secret = 1;</script><style>p{}</style>');
    expect(doc.text).toBe('Visible words here.');
  });

  it('gives an empty document for HTML with no text', () => {
    const doc = docFromHtml('<html><body><div><img src="a.png"></div></body></html>');
    expect(doc.text).toBe('');
    expect(doc.blocks).toEqual([]);
  });

  it('survives broken and deeply nested HTML', () => {
    const deep = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(10)}<p>unclosed <b>bold`;
    const doc = docFromHtml(deep);
    expect(doc.text).toContain('deep text');
    expect(doc.text).toContain('unclosed bold');
  });
});

describe('docFromHtml: the title', () => {
  const body = `<body><main><h1>Service Level Agreement</h1><p>${'Kestrel Hosting commits to 99.9% monthly uptime. If we miss it, you may claim service credits. '.repeat(8)}</p></main></body>`;
  it('takes the <title> when the sharing title is cut short, a separator left dangling', () => {
    const doc = docFromHtml(
      `<html><head><title>Service Level Agreement | Kestrel Hosting</title><meta property="og:title" content="Kestrel Hosting -"></head>${body}</html>`,
    );
    expect(doc.title).toBe('Service Level Agreement | Kestrel Hosting');
  });
  it('keeps a whole sharing title', () => {
    // Look-alike: a sharing title with a separator inside it, not at its end, is whole.
    const doc = docFromHtml(
      `<html><head><title>Kestrel Hosting</title><meta property="og:title" content="SLA - Kestrel Hosting"></head>${body}</html>`,
    );
    expect(doc.title).toBe('SLA - Kestrel Hosting');
  });
});

describe('docFromHtml: a table Readability drops', () => {
  const rows = [
    [
      'p1',
      'P1 - Critical',
      'Complete Outage.',
      'Core services are entirely down, halting the client operations.',
      'Under 4 Hours',
      '(24/7/365 protocol)',
      'Continuous work until resolved. Status updates every 2 hours.',
    ],
    [
      'p2',
      'P2 - High',
      'Severe Degradation.',
      'Primary workflows function but are highly impaired.',
      'Under 8 Hours',
      '(Business hours only)',
      '24-48 Hours. Status updates daily.',
    ],
    [
      'p3',
      'P3 - Medium',
      'Minor Issue.',
      'A non-critical failure that needs a workaround.',
      '1 Business Day',
      '',
      '3-5 Business Days.',
    ],
    [
      'p4',
      'P4 - Low',
      'General Request.',
      'Copy updates or questions about the platform.',
      '2 Business Days',
      '',
      'Scheduled into next sprint.',
    ],
  ];
  const table = `<!-- SLA Table --><div class="table-responsive reveal delay-1"><table class="sla-table"><thead><tr><th style="width:15%">Severity</th><th style="width:35%">Definition</th><th style="width:25%">Initial Response Target</th><th style="width:25%">Resolution Target</th></tr></thead><tbody>${rows.map((r) => `<tr><td><span class="priority-badge priority-${r[0]}">${r[1]}</span></td><td><strong>${r[2]}</strong> ${r[3]}</td><td><strong style="color:var(--text)">${r[4]}</strong><br><span style="font-size:0.85rem">${r[5]}</span></td><td>${r[6]}</td></tr>`).join('')}</tbody></table></div>`;
  const html = `<html><head><title>Service Level Agreement (SLA) — Quarry Labs</title></head><body><header><nav><a href="/">Home</a><a href="/pricing">Pricing</a></nav></header><section class="page-hero"><div class="container"><div class="eyebrow">Mission-Critical Support</div><h1>Service Level Agreement</h1><p>When you rely on our platform for operations, downtime isn't an option. We provide highly structured, predictable incident response and uptime guarantees for our Enterprise clients.</p></div></section><section class="section"><div class="container"><div class="grid-3"><div class="card"><h3>99.9%</h3><p>Uptime Guarantee</p></div><div class="card"><h3>Under 4h</h3><p>Critical Response Time</p></div><div class="card"><h3>24/7</h3><p>Monitoring</p></div></div><div class="post-content reveal"><h2>Incident Severity Levels</h2><p>Our support team triages all incoming requests according to strict severity protocols to ensure business-critical infrastructure receives immediate engineering attention.</p></div>${table}<div class="post-content mt-48 reveal"><h2>Escalation Protocol</h2><p>If you feel your ticket is not receiving the appropriate priority classification, Enterprise clients have direct access to our Lead Engineering Team via a dedicated channel, and may escalate at any time.</p><h2>Scheduled Maintenance</h2><p>To keep the infrastructure secure and performant, Quarry Labs schedules routine maintenance. We guarantee that at least 48 hours of advance notice will be provided for any planned maintenance window that may result in more than 5 minutes of localized downtime.</p></div></div></section><footer>© Quarry Labs</footer></body></html>`;
  it("reads the page body when the article lost a table with figures (an SLA's severity table)", () => {
    const doc = docFromHtml(html);
    expect(doc.text).toContain('P1 - Critical | Complete Outage. Core services are entirely down');
    expect(doc.text).toContain('P4 - Low |');
    // The body is read without its navigation and footer.
    expect(doc.text).not.toContain('Pricing');
  });
  it("look-alike: the same page without the table keeps Readability's article", () => {
    const doc = docFromHtml(html.replace(table, ''));
    expect(doc.text).toContain('Incident Severity Levels');
    expect(doc.text).not.toContain('Uptime Guarantee');
  });
});
