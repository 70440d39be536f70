/**
 * A large legal page made at run time (tests/e2e/offthread.e2e.ts): about `bytes` of HTML in numbered sections of
 * composed contract prose, with a heartbeat in the page that records the longest gap between timer ticks, i.e. how
 * long the page's main thread was busy at a stretch. Served on its own host (bigpage.localhost) by a tiny server of
 * its own, so the shared test site needs no change.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Composed wording (ours, not from any corpus): subjects, verbs and objects combined by a fixed pseudo-random walk.
const SUBJECTS = [
  'The Provider',
  'The Customer',
  'Each party',
  'The receiving party',
  'Either party',
  'The Subscriber',
  'Any Affiliate',
];
const VERBS = [
  'shall keep records of',
  'may review',
  'will promptly report',
  'must not disclose',
  'agrees to maintain',
  'is responsible for',
  'shall use reasonable efforts to protect',
];
const OBJECTS = [
  'all Confidential Information received under this Agreement',
  'the Service Data stored in the hosted environment',
  'any written request made through the support portal',
  'the usage reports generated for each billing cycle',
  'access credentials issued to its personnel',
  'the documentation supplied with each release',
  'backups of the production databases',
];
const TAILS = [
  'during the Subscription Term and for twelve months afterwards.',
  'in accordance with the security measures described in the applicable Order.',
  'unless a longer period is required by applicable law.',
  'except where the other party has given its prior written consent.',
  'at its own cost and without undue delay.',
  'as reasonably necessary to perform its obligations.',
];

/** A deterministic sentence generator (no Math.random: the page is the same on every run). */
function* sentences(): Generator<string> {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (;;) {
    yield `${SUBJECTS[next(SUBJECTS.length)]} ${VERBS[next(VERBS.length)]} ${OBJECTS[next(OBJECTS.length)]} ${TAILS[next(TAILS.length)]}`;
  }
}

/** Inline, so it runs before the body parses: ticks every 10 ms and keeps the longest gap (and gaps over 100 ms). */
const HEARTBEAT = `
window.__hb = { max: 0, last: performance.now(), gaps: [], ticks: 0 };
setInterval(function () {
  var now = performance.now(), gap = now - window.__hb.last;
  if (gap > window.__hb.max) window.__hb.max = gap;
  if (gap > 100) window.__hb.gaps.push([Math.round(window.__hb.last), Math.round(gap)]);
  window.__hb.last = now; window.__hb.ticks++;
}, 10);
window.__hbReset = function () { window.__hb.max = 0; window.__hb.gaps = []; window.__hb.ticks = 0; window.__hb.last = performance.now(); };
`;

/** About `bytes` of HTML: a service level agreement's opening (uptime, credits, law) and many numbered sections. */
export function bigLegalPage(bytes = 2 * 1024 * 1024): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Master Subscription Agreement | Brackenridge Cloud</title><script>${HEARTBEAT}</script></head><body><main><article>
<h1>Brackenridge Cloud Master Subscription Agreement</h1>
<p>Last updated: March 3, 2025</p>
<h2>1. Service Levels</h2>
<p>Brackenridge Cloud will use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.95% during each calendar month.</p>
<p>If the Monthly Uptime Percentage falls below 99.95%, the Customer will be eligible to receive a service credit of 10% of the monthly fees for the affected Service.</p>
<h2>2. Governing Law</h2>
<p>This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws rules.</p>
`;
  const parts: string[] = [head];
  let size = head.length;
  const gen = sentences();
  let section = 3;
  while (size < bytes) {
    const h = `<h2>${section}. Obligations of the Parties, Part ${section}</h2>\n`;
    parts.push(h);
    size += h.length;
    for (let p = 0; p < 8 && size < bytes; p++) {
      const text = Array.from({ length: 4 }, () => gen.next().value).join(' ');
      const para = `<p>${section}.${p + 1} ${text}</p>\n`;
      parts.push(para);
      size += para.length;
    }
    section++;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

/** About `bytes` of Markdown: the same agreement as bigLegalPage, as a file a user might drop on the compare page. */
export function bigLegalMarkdown(bytes = 2 * 1024 * 1024): string {
  const parts: string[] = [
    '# Brackenridge Cloud Master Subscription Agreement\n',
    'Last updated: March 3, 2025\n',
    '## 1. Service Levels\n',
    'Brackenridge Cloud will use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.95% during each calendar month.\n',
    '## 2. Governing Law\n',
    'This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws rules.\n',
  ];
  let size = parts.join('\n').length;
  const gen = sentences();
  for (let section = 3; size < bytes; section++) {
    const h = `## ${section}. Obligations of the Parties, Part ${section}\n`;
    parts.push(h);
    size += h.length + 1;
    for (let p = 0; p < 8 && size < bytes; p++) {
      const para = `${section}.${p + 1} ${Array.from({ length: 4 }, () => gen.next().value).join(' ')}\n`;
      parts.push(para);
      size += para.length + 1;
    }
  }
  return parts.join('\n');
}

export interface BigPageSite {
  url: string;
  close(): Promise<void>;
}

/** Serves bigLegalPage() at http://bigpage.localhost:<port>/brackenridge/legal/msa (the harness maps *.localhost). */
export async function startBigPageServer(bytes?: number): Promise<BigPageSite> {
  const html = bigLegalPage(bytes);
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/brackenridge/legal/msa')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://bigpage.localhost:${port}/brackenridge/legal/msa`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
