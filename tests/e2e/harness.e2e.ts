/**
 * The harness itself: the built extension loads in Chromium, its service worker is found, the test site serves every
 * page (and both versions of the versioned one), and the detector's badge marks legal pages only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { WxtBrowser } from 'wxt/browser';
import { startBigPageServer } from './big-page';
import { EXTENSION_DIR, Harness, median, recordTimings, resetTimings, round, waitFor } from './harness';
import { type PageName, ROUTES } from './server';

declare const chrome: WxtBrowser;

const LEGAL: PageName[] = ['nimbuslySla', 'nimbuslyTerms', 'larkspurSla', 'orbitantSla'];
const NOT_LEGAL: PageName[] = ['news', 'nimbuslyPricing'];

describe('e2e harness', { timeout: 240_000 }, () => {
  let h: Harness;

  before(async () => {
    // This file runs first in `npm run e2e`: start the run's timings afresh so no number is left from an old run.
    resetTimings();
    h = await Harness.launch();
  });

  after(async () => {
    await h?.close();
  });

  it('loads the built extension and finds its service worker', { timeout: 30_000 }, async () => {
    assert.match(h.extensionId, /^[a-p]{32}$/, `extension id from the service worker URL: ${h.extensionId}`);
    const manifest = await h.inWorker(() => chrome.runtime.getManifest(), null);
    assert.equal(manifest.name, 'ClauseLens');
    assert.equal(manifest.manifest_version, 3);
  });

  it('builds page-injected scripts Chrome accepts (no Unicode noncharacters)', { timeout: 10_000 }, () => {
    // Chrome refuses to inject a file holding U+FFFE, U+FFFF or U+FDD0–U+FDEF ("It isn't UTF-8 encoded"); the
    // minifier writes String.fromCharCode(65535) (Dexie's maxString) as a raw U+FFFF, so a page script that pulls in
    // Dexie, even through an accidental WXT auto-import, cannot run at all.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
    };
    const files = ['analyzer.js', ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])];
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      const bad = /[\ufdd0-\ufdef\ufffe\uffff]/.exec(text);
      if (bad) {
        const context = text.slice(Math.max(0, bad.index - 80), bad.index).replace(/\s+/g, ' ');
        problems.push(
          `${file}: U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} at ${bad.index}, after "${context}"`,
        );
      }
      if (/"\+\+id, name/.test(text))
        problems.push(`${file} bundles the Dexie schema (utils/db.ts): nothing may import it`);
    }
    assert.deepEqual(problems, [], 'scripts injected into pages must load in Chrome');
  });

  it('serves every test page on 127.0.0.1, and two versions of the Larkspur SLA at one URL', {
    timeout: 30_000,
  }, async () => {
    assert.match(h.site.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    for (const name of Object.keys(ROUTES) as PageName[]) {
      const res = await fetch(h.site.directUrl(name));
      assert.equal(res.status, 200, `${name} answered ${res.status}`);
      const html = await res.text();
      assert.doesNotMatch(html, /\b(?:src|href)=["']https?:/i, `${name} must not load external resources`);
    }
    const v1 = await (await fetch(h.site.directUrl('larkspurSla'))).text();
    h.site.setVersion('larkspur', 2);
    const v2 = await (await fetch(h.site.directUrl('larkspurSla'))).text();
    h.site.setVersion('larkspur', 1);
    assert.match(v1, /at least 99\.9% of the time/);
    assert.match(v2, /at least 99\.5% of the time/);
    assert.match(v2, /forty-eight \(48\) hours/);
    assert.doesNotMatch(v2, /\{\{/);
  });

  it('shows the <img onerror> clause as text in the page and never runs it', { timeout: 30_000 }, async () => {
    const { page } = await h.openPage('nimbuslySla');
    const text = await page.locator('#uptime').locator('xpath=following-sibling::p[1]').innerText();
    assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), `the clause shows the markup as text: ${text}`);
    assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined);
    await page.close();
  });

  it('badges the legal pages and not the news or product pages', { timeout: 30_000 }, async () => {
    const badges: Record<string, string> = {};
    for (const name of [...LEGAL, ...NOT_LEGAL]) {
      const { page, tabId, url } = await h.openPage(name);
      // The content script reports its time with the signals; once the background holds it, the verdict is in.
      await h.detectMs(tabId, url);
      if (LEGAL.includes(name)) {
        badges[name] = await waitFor(() => h.badge(tabId), { timeout: 8_000, message: `a badge on ${name}` });
      } else {
        // Give the background the same chance to (wrongly) set a badge before reading it.
        await new Promise((r) => setTimeout(r, 400));
        badges[name] = await h.badge(tabId);
      }
      await page.close();
    }
    for (const name of LEGAL) assert.notEqual(badges[name], '', `${name} is legal: badge expected`);
    for (const name of NOT_LEGAL) assert.equal(badges[name], '', `${name} is not legal: no badge expected`);
  });

  it('timing: the detector in the page, median of 7 visits per test page and on a 2 MB page', {
    timeout: 120_000,
  }, async () => {
    // Each visit is a fresh tab, so each run pays what a real page load pays (a new script world for the content
    // script). The figure is the content script's own performance.now() around reading the page, which Chromium
    // rounds to 0.1 ms with jitter, so single runs are coarse; the median of seven is not.
    const runs: Record<string, number[]> = Object.fromEntries([...LEGAL, ...NOT_LEGAL].map((name) => [name, []]));
    for (let visit = 0; visit < 7; visit++) {
      for (const name of [...LEGAL, ...NOT_LEGAL]) {
        const { page, tabId, url } = await h.openPage(name);
        runs[name]?.push(await h.detectMs(tabId, url));
        await page.close();
      }
    }
    // The same detector on a 2 MB legal page, in the same run: it reads a bounded sample of the page, so its cost
    // must not grow with the page (the small pages are 2-9 KB; the big one is over 200 times larger).
    const big = await startBigPageServer();
    const bigRuns: number[] = [];
    try {
      for (let visit = 0; visit < 7; visit++) {
        const page = await h.context.newPage();
        await page.goto(big.url, { waitUntil: 'load' });
        const tabId = await h.tabIdFor(big.url);
        bigRuns.push(await h.detectMs(tabId, big.url));
        await page.close();
      }
    } finally {
      await big.close();
    }
    const byPage = Object.fromEntries(Object.entries(runs).map(([name, xs]) => [name, round(median(xs), 2)]));
    const pageMedians = Object.values(byPage);
    const bigPageMedian = round(median(bigRuns), 2);
    const bigToSmall = round(bigPageMedian / Math.max(0.1, median(pageMedians)), 2);
    const timings = {
      detectorMedianMs: round(median(pageMedians), 2),
      detectorMaxPageMedianMs: Math.max(...pageMedians),
      detectorMsByPage: byPage,
      detectorMsRuns: Object.fromEntries(Object.entries(runs).map(([n, xs]) => [n, xs.map((x) => round(x, 2))])),
      detectorBigPageMedianMs: bigPageMedian,
      detectorBigToSmallRatio: bigToSmall,
      browserLaunchMs: round(h.launchMs, 0),
      extensionBuild: EXTENSION_DIR,
    };
    recordTimings(timings);
    console.log('detector timings', JSON.stringify(timings));
    // The target is under 1 ms per page; `npm run bench` prints these figures. A wall-clock limit depends on the
    // machine (the same build has measured 0.6–0.9 ms on one two-core machine and 1.4–3.4 ms on another), so CI
    // checks what the design guarantees on any machine: the detector's cost does not grow with the page. Reading the
    // whole 2 MB page instead of its sample would cost over a hundred times a small page's; the bounded read costs
    // a few times at most (a bigger DOM to reach the sample in). CLAUSELENS_STRICT_PERF=1 also holds every page to
    // the 1 ms target itself, on a machine quiet enough to measure it.
    assert.ok(bigToSmall < 10, `detector on a 2 MB page: ${bigPageMedian} ms, ${bigToSmall} times a small page's`);
    if (process.env.CLAUSELENS_STRICT_PERF === '1') {
      for (const [name, ms] of Object.entries(byPage)) {
        assert.ok(ms < 1, `detector median on ${name}: ${ms} ms, target 1 ms`);
      }
    }
  });
});
