// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCard, docFromDocument } from '@/extractors';
import { cardFromPage } from '@/utils/card-build';
import type { Progress } from '@/utils/card-job';
import { animationsSettled, blocksFromSnapshot, MAX_SNAPSHOT_CHARS, readPageSnapshot } from '@/utils/page-read';
import { renderedClone } from '@/utils/visibility';

// jsdom has no Element.checkVisibility: a stand-in reading the computed display, visibility and opacity of the
// element and its ancestors (as tests/visibility.test.ts does).
const proto = Element.prototype as Element & { checkVisibility?: (o?: object) => boolean };
beforeAll(() => {
  proto.checkVisibility = function (this: Element) {
    for (let el: Element | null = this; el; el = el.parentElement) {
      const s = getComputedStyle(el);
      if (el === this && s.display === 'contents') return false;
      if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
    }
    return true;
  };
});
afterAll(() => {
  Reflect.deleteProperty(proto, 'checkVisibility');
});

// A composed SLA page (our own wording) with text hidden four ways and a zero-font decoy.
function composedPage(extraSections = 0): string {
  const sections = Array.from(
    { length: extraSections },
    (_, i) =>
      `<h2>${i + 5}. Records, part ${i + 1}</h2><p>The Provider keeps records of each support request for ${i + 2} months and shares them on written request.</p>`,
  ).join('');
  return `<main><article>
    <h1>Harrowgate Hosting Service Level Agreement</h1>
    <p class="promo">Hidden by a class: 99.999% uptime.</p>
    <p style="display:none">Hidden inline: 99.999% uptime.</p>
    <p style="font-size:0">Zero font: 99.999% uptime.<span style="font-size:16px">Readable child.</span></p>
    <h2>1. Availability</h2>
    <p>Harrowgate Hosting will make the Hosted Service available at least 99.8% of the time in each calendar month.</p>
    <h2>2. Service Credits</h2>
    <table><tr><th>Monthly availability</th><th>Credit</th></tr>
      <tr><td>Below 99.8% but at least 99.0%</td><td>5%</td></tr>
      <tr><td>Below 99.0%</td><td>15%</td></tr></table>
    <p>Service credits are the Customer's sole and exclusive remedy for any failure to meet the availability target.</p>
    <h2>3. Law</h2>
    <p>This Agreement is governed by the laws of the Province of Manitoba.</p>
    <h2>4. Liability</h2>
    <p>Each party's total liability under this Agreement will not exceed the fees paid in the twelve months before the claim.</p>
    ${sections}
  </article></main>`;
}

/** The card the analyzer built in the page before the move (entrypoints/analyzer.ts, one synchronous pass). */
function cardAsBefore(url: string) {
  const { doc: copy } = renderedClone(document);
  const doc = docFromDocument(copy, url, { owned: true });
  return { card: buildCard(doc, url, { force: true }), text: doc.text, title: doc.title ?? document.title };
}

describe('readPageSnapshot → blocksFromSnapshot → cardFromPage (page, reader page, worker)', () => {
  it('gives the same card, text and offsets as building it in the page did, and leaves hidden text out', async () => {
    document.head.innerHTML = '<title>SLA | Harrowgate</title><style>.promo { display: none }</style>';
    document.body.innerHTML = composedPage(30);
    const url = document.location.href;
    const before = cardAsBefore(url);
    const bodyBefore = document.body.innerHTML;
    // sliceMs 0: a yield after every 64 elements, the most slices the pass can take.
    const snapshot = await readPageSnapshot(document, 0);
    expect(document.body.innerHTML).toBe(bodyBefore); // the page is not touched
    // What crosses to the reader page, and then to the worker, is plain data (structured-clone / JSON safe).
    const blocks = blocksFromSnapshot(JSON.parse(JSON.stringify(snapshot)));
    const progress: Progress[] = [];
    const after = cardFromPage(JSON.parse(JSON.stringify(blocks)), (p) => progress.push(p));
    expect(after.text).toBe(before.text);
    expect(after.title).toBe(before.title);
    expect(after.card).toEqual(before.card);
    expect(after.text).not.toContain('99.999');
    expect(after.text).toContain('Readable child.');
    expect(after.card.fields.uptime?.value.percent).toBe(99.8);
    const uptime = after.card.fields.uptime;
    expect(uptime && after.text.slice(uptime.start, uptime.end)).toBe(uptime?.quote);
    // Progress: text, then each field, in order.
    expect(progress[0]?.stage).toBe('text');
    const fields = progress.filter((p) => p.stage === 'fields');
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.map((p) => p.done)).toEqual(fields.map((_, i) => i + 1));
  });

  it('yields to the page between slices of the visibility pass', async () => {
    document.head.innerHTML = '<title>SLA</title>';
    document.body.innerHTML = composedPage(200);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      // A slice budget of zero: the page's own timers run between slices.
      await readPageSnapshot(document, 0);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
    const sync = blocksFromSnapshot(await readPageSnapshot(document, 1e9)); // one slice: nothing in between
    expect(sync.blocks.length).toBeGreaterThan(200);
  });

  it('still leaves out an element hidden before the copy is taken, when the page removes another between slices', async () => {
    document.head.innerHTML = '<title>SLA</title><style>.promo { display: none }</style>';
    document.body.innerHTML = composedPage(100);
    const reading = readPageSnapshot(document, 0);
    // The page changes while the pass is yielded: its last section goes away.
    document.querySelector('h2:last-of-type')?.remove();
    const page = blocksFromSnapshot(await reading);
    const text = page.blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('99.999');
    expect(text).toContain('99.8%');
  });

  it('sends the HTML of a standards-mode page with its doctype, and reads its blocks back the same', async () => {
    document.head.innerHTML = '<title>SLA</title>';
    document.body.innerHTML = composedPage(2);
    const snapshot = await readPageSnapshot(document, 1e9);
    expect(snapshot.html?.startsWith('<!DOCTYPE html>')).toBe(document.compatMode === 'CSS1Compat');
    expect(snapshot.blocks).toBeNull();
    expect(MAX_SNAPSHOT_CHARS).toBeGreaterThan(2 * 1024 * 1024);
    // A snapshot that carries blocks (a page too large to send as HTML) is passed through as it is.
    const asBlocks = blocksFromSnapshot({
      ...snapshot,
      html: null,
      blocks: [{ kind: 'paragraph', text: 'x' }],
      title: 't',
    });
    expect(asBlocks.blocks).toEqual([{ kind: 'paragraph', text: 'x' }]);
    expect(asBlocks.title).toBe('t');
  });

  it('writes a large copy in pieces exactly as outerHTML writes it whole (entities, comments, head styles)', async () => {
    document.head.innerHTML = '<title>Terms &amp; SLA</title><style>p > b { color: red }</style>';
    const rows = Array.from(
      { length: 900 },
      (_, i) => `<li>Tier ${i} &lt; 99.9%&nbsp;&amp; credits <b>${i}%</b><!-- note ${i} --></li>`,
    ).join('');
    document.body.innerHTML = `<main><ul>${rows}</ul><p>Tail text &gt; end.</p></main>`;
    expect(document.body.getElementsByTagName('*').length).toBeGreaterThan(1500); // split into pieces
    const snapshot = await readPageSnapshot(document, 0);
    const whole = document.documentElement.outerHTML;
    expect(snapshot.html).toBe(document.compatMode === 'CSS1Compat' ? `<!DOCTYPE html>${whole}` : whole);
  });
});

describe('findQuotesInPage in slices (the analyzer marks quotes a reader cannot see)', () => {
  it('answers as the one-pass walk does, yielding to the page between stretches', async () => {
    const { findQuotesInPage } = await import('@/utils/highlight');
    document.head.innerHTML = '<title>SLA</title>';
    document.body.innerHTML = composedPage(300);
    const quotes = [
      'Harrowgate Hosting will make the Hosted Service available at least 99.8% of the time in each calendar month.',
      'This Agreement is governed by the laws of the Province of Manitoba.',
      'A sentence that is not on the page at all.',
    ];
    const whole = findQuotesInPage(quotes, false);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    let sliced: Awaited<ReturnType<typeof findQuotesInPage>>;
    try {
      sliced = await findQuotesInPage(quotes, false, null, 0);
    } finally {
      clearInterval(timer);
    }
    expect(sliced).toEqual(whole);
    expect(whole.map((r) => r.found)).toEqual([true, true, false]);
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('animationsSettled: the page is read after its entrance animations, not mid-fade', () => {
  type FakeAnimation = { playState: string; finished: Promise<unknown>; effect: { getComputedTiming(): object } };
  const anim = (ms: number | null, iterations = 1): FakeAnimation => ({
    playState: 'running',
    finished: ms === null ? new Promise(() => {}) : new Promise((r) => setTimeout(r, ms)),
    effect: { getComputedTiming: () => ({ iterations }) },
  });
  const docWith = (animations: FakeAnimation[]) => ({ getAnimations: () => animations }) as unknown as Document;

  it('waits for a fade-in to end', async () => {
    let ended = false;
    const fade = anim(60);
    fade.finished.then(() => {
      ended = true;
    });
    await animationsSettled(docWith([fade]), 2000);
    expect(ended).toBe(true);
  });

  it('does not wait for a looping animation (a spinner) and waits no longer than the bound', async () => {
    const t0 = performance.now();
    await animationsSettled(docWith([anim(null, Number.POSITIVE_INFINITY)]), 2000);
    expect(performance.now() - t0).toBeLessThan(1000);
    const t1 = performance.now();
    await animationsSettled(docWith([anim(null)]), 80);
    const waited = performance.now() - t1;
    expect(waited).toBeGreaterThanOrEqual(70);
    expect(waited).toBeLessThan(1500);
  });

  it('reads a page without the Web Animations API at once', async () => {
    await expect(animationsSettled({} as Document, 2000)).resolves.toBeUndefined();
  });
});
