import type { Finding } from '../types';
import type { Doc, Span } from './doc';
import { traceEvent } from './trace';

/**
 * A finding whose quote is exactly `doc.text.slice(span.start, span.end)`. `rule` names the
 * rule that produced it ("field/ruleName"); it is recorded on the finding and in the trace.
 */
export function makeFinding<T>(doc: Doc, span: Span, value: T, confidence: number, rule?: string): Finding<T> {
  const finding: Finding<T> = {
    value,
    quote: doc.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)),
  };
  if (rule !== undefined) {
    finding.rule = rule;
    traceEvent({ field: rule.split('/')[0] ?? rule, rule, outcome: 'fired', start: span.start, end: span.end });
  }
  return finding;
}

/**
 * The findings a kept finding stood for: the same value read elsewhere in the document, left out by dedupeFindings or
 * bestFinding. Not part of the card (a side table, never serialized): the bilingual refiner reads it to show a clause's
 * other-language version (Finding.translations, extractors/bilingual.ts).
 */
const duplicates = new WeakMap<Finding<unknown>, Finding<unknown>[]>();

export function duplicatesOf(f: Finding<unknown>): readonly Finding<unknown>[] {
  return duplicates.get(f) ?? [];
}

function recordDuplicates<T>(kept: Finding<T>, all: readonly Finding<T>[], same: (f: Finding<T>) => boolean): void {
  const others = all.filter((f) => f !== kept && same(f));
  if (others.length > 0) duplicates.set(kept as Finding<unknown>, others as Finding<unknown>[]);
}

/** Keeps one finding per key: the most confident, then the shortest quote (the clearest). */
export function dedupeFindings<T>(findings: Finding<T>[], key: (value: T) => string): Finding<T>[] {
  const best = new Map<string, Finding<T>>();
  const groups = new Map<string, Finding<T>[]>();
  for (const f of findings) {
    const k = key(f.value);
    const current = best.get(k);
    const group = groups.get(k);
    if (group) group.push(f);
    else groups.set(k, [f]);
    if (
      !current ||
      f.confidence > current.confidence ||
      (f.confidence === current.confidence && f.quote.length < current.quote.length)
    ) {
      best.set(k, f);
    }
  }
  for (const [k, kept] of best) recordDuplicates(kept, groups.get(k) ?? [], () => true);
  // Keep document order.
  return [...best.values()].sort((a, b) => a.start - b.start);
}

/** The most confident finding (earliest on a tie), or null. */
export function bestFinding<T>(findings: Finding<T>[]): Finding<T> | null {
  let best: Finding<T> | null = null;
  for (const f of findings) if (!best || f.confidence > best.confidence) best = f;
  if (best) {
    const value = JSON.stringify(best.value);
    recordDuplicates(best, findings, (f) => JSON.stringify(f.value) === value);
  }
  return best;
}
