/**
 * Deadlines as a user meets them, in a real Chromium with its own profile: the terms page's card in groups, saved;
 * a start date typed on the compare page; the deadline in the list; the .ics download parsed back with ical.js; a
 * reminder fired by an alarm re-set to go off in a second (the shortened alarm), seen in chrome.notifications; and
 * the toolbar badge counting the deadline of the coming week on tabs without a legal page. Screenshots light, dark
 * and at 200% zoom go to artifacts/e2e/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { Harness, waitFor } from './harness';

declare const chrome: WxtBrowser;

const PANEL = { width: 420, height: 900 };
const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

/** "YYYY-MM-DD" of a local Date (the deadlines are calendar days in the user's time zone). */
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('ClauseLens deadlines in Chromium', { timeout: 600_000 }, () => {
  let h: Harness;

  before(async () => {
    h = await Harness.launch();
  });

  after(async () => {
    if (h) await h.close();
  });

  async function zoomShots(page: Page, name: string): Promise<number> {
    await h.screenshot(page, `${name}-light`, true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(page, `${name}-dark`, true);
    await page.emulateMedia({ colorScheme: 'light' });
    // 200% browser zoom halves the CSS pixels the page has (as in ui.e2e.ts).
    const size = page.viewportSize() ?? { width: 420, height: 700 };
    await page.setViewportSize({ width: Math.round(size.width / 2), height: Math.round(size.height / 2) });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await h.screenshot(page, `${name}-zoom-200`, true);
    await page.setViewportSize(size);
    return overflow;
  }

  it('the card groups what the terms state, and collapses the rest to one line', { timeout: 60_000 }, async () => {
    const { tabId } = await h.openPage('nimbuslyTerms');
    await waitFor(() => h.badge(tabId), { timeout: 8_000, message: 'the badge on the terms page' });
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`, PANEL);
    await byTestId(panel, 'card').waitFor({ state: 'visible', timeout: 15_000 });
    const groups = await panel
      .locator('section[data-testid^="group-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    // Terms: liability and law before service levels.
    assert.ok(groups.length >= 2, `groups: ${JSON.stringify(groups)}`);
    assert.equal(groups[0], 'group-liability', `groups: ${JSON.stringify(groups)}`);
    assert.ok(groups.includes('group-term'), `renewal and notices grouped: ${JSON.stringify(groups)}`);
    const unstated = byTestId(panel, 'not-stated');
    if ((await unstated.count()) > 0) {
      assert.equal(await unstated.evaluate((d) => (d as HTMLDetailsElement).open), false, 'collapsed at first');
      assert.match(await unstated.locator('summary').innerText(), /^Not stated: /);
    }
    assert.equal(await panel.getByText('Not a legal document').count(), 0);
    const overflow = await zoomShots(panel, 'deadlines-sidepanel');
    assert.ok(overflow <= 1, `side panel: ${overflow}px of sideways scroll at 200% zoom`);

    await byTestId(panel, 'save-snapshot').click();
    await waitFor(async () => /saved/i.test(await byTestId(panel, 'save-status').innerText()), {
      timeout: 10_000,
      message: 'the terms page saved',
    });
    await panel.close();
  });

  it('a start date gives the deadlines, the .ics, a reminder and the badge', { timeout: 120_000 }, async () => {
    const compare = await h.openExtensionPage('compare.html', { width: 1280, height: 800 });
    await byTestId(compare, 'agreement-form').waitFor({ state: 'visible', timeout: 15_000 });
    // The reminder settings show their defaults.
    assert.equal(await byTestId(compare, 'reminders-lead').inputValue(), '30, 7');

    // Initial term of 12 months whose last day is 33 days ahead: the non-renewal notice (30 days before) is due in
    // 3 days, inside the badge's week; the renewal (34 days ahead) has its 30- and 7-day reminders still to come.
    const now = new Date();
    const renewal = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 34);
    const start = new Date(renewal.getFullYear() - 1, renewal.getMonth(), renewal.getDate());
    const notice = day(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 3));
    await compare.locator('#agreement-start').fill(day(start));
    await compare.locator('#agreement-months').fill('12');
    await byTestId(compare, 'agreement-form').locator('button[type="submit"]').click();

    const list = byTestId(compare, 'deadline-list');
    await list.waitFor({ state: 'visible', timeout: 10_000 });
    const noticeRow = list.locator('li', { hasText: 'Non-renewal notice must arrive' }).first();
    await noticeRow.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await noticeRow.locator('time').getAttribute('datetime'), notice);
    assert.match(await noticeRow.innerText(), /Nimbusly/i);

    // The calendar file, parsed back.
    const [download] = await Promise.all([compare.waitForEvent('download'), byTestId(compare, 'export-ics').click()]);
    const path = await download.path();
    assert.ok(path, 'the .ics was downloaded');
    const cal = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((e) => ({ e, ev: new ICAL.Event(e) }));
    const noticeEvent = events.find((x) => /non-renewal notice/i.test(x.ev.summary));
    assert.ok(noticeEvent, `a non-renewal event among ${JSON.stringify(events.map((x) => x.ev.summary))}`);
    assert.equal(noticeEvent.ev.startDate.toString(), notice);
    assert.match(noticeEvent.ev.summary, /Nimbusly/i);
    assert.ok(noticeEvent.e.getAllSubcomponents('valarm').length >= 1, 'the event carries a reminder alarm');

    // The background re-planned after the write: reminder alarms for the renewal, and the badge's count.
    const alarms = await waitFor(
      async () => {
        const all = await h.inWorker(() => chrome.alarms.getAll(), null);
        const ours = all.filter((a) => a.name.startsWith('cl-reminder:'));
        return ours.length > 0 ? ours : null;
      },
      { timeout: 15_000, message: 'reminder alarms' },
    );
    assert.ok(
      alarms.some((a) => a.name.includes(':renewal:')),
      `alarms: ${JSON.stringify(alarms.map((a) => a.name))}`,
    );
    await waitFor(async () => (await h.inWorker(() => chrome.action.getBadgeText({}), null)) === '1', {
      timeout: 15_000,
      message: 'the global badge counting the notice due in 3 days',
    });
    // A tab without a legal page shows the count; the legal page keeps its own label.
    const news = await h.openPage('news');
    await waitFor(async () => (await h.badge(news.tabId)) === '1', {
      timeout: 10_000,
      message: 'the count on a non-legal tab',
    });
    const terms = await h.tabIdFor(h.site.url('nimbuslyTerms'));
    assert.equal(await h.badge(terms), 'TOS');

    // The shortened alarm: the first planned reminder re-set to fire in one second.
    const name = alarms[0]?.name as string;
    await h.inWorker(async (n: string) => {
      await chrome.notifications.clear(n);
      await chrome.alarms.create(n, { when: Date.now() + 1_000 });
    }, name);
    const shown = await waitFor(
      async () => {
        const all = (await h.inWorker(() => chrome.notifications.getAll(), null)) as Record<string, unknown>;
        return name in all ? all : null;
      },
      { timeout: 15_000, message: `the notification of ${name}` },
    );
    assert.ok(name in shown);
    const sent = await h.inWorker(async () => (await chrome.storage.local.get('remindersSent')).remindersSent, null);
    assert.ok(Array.isArray(sent) && sent.includes(name), 'the reminder is recorded as shown');

    await compare.locator('#deadlines').scrollIntoViewIfNeeded();
    const overflow = await zoomShots(compare, 'deadlines-compare');
    assert.ok(overflow <= 1, `compare page: ${overflow}px of sideways scroll at 200% zoom`);
    await compare.close();
  });
});
