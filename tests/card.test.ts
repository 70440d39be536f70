import { describe, expect, it } from 'vitest';
import { buildCard } from '../extractors/card';
import { docFromHtml } from '../extractors/common/parse-html';
import { docFromText } from '../extractors/input';
import type { Card, Finding } from '../extractors/types';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

const SLA = `Acme Cloud Service Level Agreement
Last Updated: March 3, 2025
1. Service Commitment
Acme (“Provider”) will use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.9% during any calendar month.
2. Service Credits
If Acme does not meet the Service Commitment, Customer will be eligible to receive a Service Credit.
Monthly Uptime Percentage | Service Credit
Less than 99.9% but equal to or greater than 99.0% | 10%
Less than 99.0% | 25%
3. Credit Requests
To receive a Service Credit, Customer must submit a claim within thirty (30) days after the end of the month in which the incident occurred.
4. Sole Remedy
Service Credits are Customer's sole and exclusive remedy for any unavailability of the Service.
5. Maintenance
Acme will provide at least 48 hours notice of scheduled maintenance.
6. Governing Law
This SLA shall be governed by and construed in accordance with the laws of the State of Delaware.`;

function allFindings(card: Card): Finding<unknown>[] {
  return Object.values(card.fields).flatMap((v) =>
    v === null ? [] : Array.isArray(v) ? v : [v],
  ) as Finding<unknown>[];
}

describe('buildCard', () => {
  it('reads a composed SLA into a schema-v1 card whose every quote is a verbatim slice', () => {
    const doc = docFromText(SLA);
    const card = buildCard(doc, 'acme-sla.txt');
    expect(card.schema).toBe(1);
    expect(card.source).toBe('acme-sla.txt');
    expect(card.legal.isLegal).toBe(true);
    expect(card.kind).toBe('sla');
    expect(card.vendor).toBe('Acme');
    expect(card.language).toBe('en');
    expect(card.dates.updated).toBe('2025-03-03');
    expect(card.fields.uptime?.value).toEqual({ percent: 99.9, period: 'month' });
    expect(card.fields.serviceCredits?.value.tiers).toEqual([
      { uptimeBelow: 99.9, uptimeAtLeast: 99.0, creditPercent: 10 },
      { uptimeBelow: 99.0, uptimeAtLeast: null, creditPercent: 25 },
    ]);
    expect(card.fields.soleRemedy?.value).toBe(true);
    expect(card.fields.governingLaw.map((f) => f.value.region)).toEqual(['US-DE']);
    expect(card.fields.notices.map((f) => [f.value.kind, f.value.amount, f.value.unit]).sort()).toEqual([
      ['credit-claim', 30, 'days'],
      ['maintenance', 48, 'hours'],
    ]);
    for (const f of allFindings(card)) {
      expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    expect(card.textHash).toMatch(/^fnv1a:[0-9a-f]{16}$/);
  });

  it('extracts nothing from a page that is not legal unless forced', () => {
    const news = docFromText(
      'Cloud outage hits thousands\nBy Jane Doe, Staff Reporter\nThe company said its platform usually delivers 99.99% uptime and that customers would receive credits within 30 days. Analysts expect shares to fall on Monday.',
    );
    const card = buildCard(news, 'news.txt');
    expect(card.legal.isLegal).toBe(false);
    expect(card.kind).toBe('other');
    expect(allFindings(card)).toEqual([]);
    expect(card.vendor).toBeNull();
  });

  it('gives the same hash for the same normalized text and a different one otherwise', () => {
    const a = buildCard(docFromText('Terms  of\nService'), 'a');
    const b = buildCard(docFromText('Terms of\n\nService'), 'b');
    const c = buildCard(docFromText('Terms of Services'), 'c');
    expect(a.textHash).toBe(b.textHash);
    expect(a.textHash).not.toBe(c.textHash);
  });

  it('turns empty, Arabic, mixed and right-to-left input into a card without crashing', () => {
    expect(buildCard(docFromText(''), 'empty').legal.isLegal).toBe(false);
    const arabic = buildCard(
      docFromText(
        'اتفاقية مستوى الخدمة\nيلتزم المزود بتوفير الخدمة بنسبة 99.9% شهرياً. تخضع هذه الاتفاقية لأنظمة المملكة العربية السعودية.',
      ),
      'ar',
    );
    expect(arabic.language).toBe('ar');
    const mixed = buildCard(docFromText('الشروط والأحكام Terms of Service \u202eTEXT\u202c والأحكام'), 'mixed');
    expect(mixed.schema).toBe(1);
    expect(buildCard(docFromHtml('<html><body><img src=x></body></html>'), 'x').legal.isLegal).toBe(false);
  });

  it('stays linear on a megabyte of pathological text (doubling ratio, not a wall-clock limit)', () => {
    const pathological = (k: number) =>
      [
        'the laws of '.repeat(20 * k),
        'nine '.repeat(20 * k),
        '99.9'.repeat(20 * k),
        '((((('.repeat(20 * k),
        'shall not exceed the fees paid in the '.repeat(5 * k),
        'a | '.repeat(20 * k),
        '$'.repeat(50 * k),
        'notice '.repeat(50 * k),
      ].join('\n');
    expect(pathological(1000).length).toBeGreaterThan(1_000_000);
    const ratio = doublingRatio(
      pathological,
      (text) => buildCard(docFromText(text), 'adversarial', { force: true }),
      500,
      3,
    );
    expect(ratio).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('an SLA written as questions and answers (an FAQ)', () => {
  const FAQ = [
    '# Hosting SLA: questions and answers',
    '',
    'These answers form part of the Tallowmere Hosting Service Level Agreement.',
    '',
    '**What availability does Tallowmere promise?**',
    'Tallowmere will keep each virtual server reachable 99.9% of the time in every calendar month.',
    '',
    '**How fast does support respond?**',
    'Critical tickets: within 20 minutes, 24/7.',
    '',
    '**Is maintenance announced?**',
    'Yes, at least 3 days in advance by email.',
  ].join('\n');

  it('reads the answers with their questions as subjects', () => {
    // (An FAQ page may or may not get the badge; "Analyze anyway" reads it the same way.)
    const card = buildCard(docFromText(FAQ), 'faq', { force: true });
    expect(card.fields.uptime?.value).toEqual({ percent: 99.9, period: 'month' });
    expect(card.fields.support.map((s) => s.value)).toEqual([
      { priority: 'Critical tickets', firstResponse: { amount: 20, unit: 'minutes' } },
    ]);
    expect(card.fields.notices.map((n) => n.value)).toEqual([{ kind: 'maintenance', amount: 3, unit: 'days' }]);
  });

  it('look-alikes: questions about something else answer with figures that are not the SLA', () => {
    const other = [
      '# Hosting SLA: questions and answers',
      '',
      'These answers form part of the Tallowmere Hosting Service Level Agreement.',
      '',
      '**How do refunds work?**',
      'We refund 99% of requests within a day.',
      '',
      '**Can I get a refund?**',
      'Yes, within 3 days of purchase.',
      '',
      '**How fast does support respond?**',
      'Critical tickets: within 20 minutes, or we refund the month.',
    ].join('\n');
    const card = buildCard(docFromText(other), 'faq', { force: true });
    expect(card.fields.uptime).toBeNull();
    expect(card.fields.support).toEqual([]);
    expect(card.fields.notices.filter((n) => n.value.kind === 'maintenance')).toEqual([]);
  });
});
