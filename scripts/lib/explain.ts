// Human-readable form of an explain trace: per field, every rule event in document order,
// then the value the card kept. Pure: tested in tests/explain.test.ts.
import type { TraceEvent } from '../../extractors/common/trace';
import type { Card } from '../../extractors/types';

const QUOTE_CHARS = 110;

function excerpt(text: string, e: TraceEvent): string {
  if (e.start === undefined || e.end === undefined) return '';
  const s = text.slice(e.start, e.end).replace(/\s+/g, ' ');
  return ` "${s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS - 1)}…` : s}" @${e.start}`;
}

export function formatExplain(card: Card, events: TraceEvent[], text: string): string {
  const out: string[] = [
    `# ${card.source}`,
    `detection: ${card.legal.isLegal ? 'legal' : 'not legal'} (${card.kind}, score ${card.legal.score})`,
  ];
  const byField = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const list = byField.get(e.field) ?? [];
    list.push(e);
    byField.set(e.field, list);
  }
  const fields = card.fields as unknown as Record<string, unknown>;
  const names = new Set([...Object.keys(fields), ...byField.keys()]);
  for (const name of names) {
    const list = byField.get(name) ?? [];
    const value = fields[name];
    const kept = Array.isArray(value) ? value.length : value ? 1 : 0;
    out.push('', `## ${name}: ${kept} kept, ${list.length} rule event${list.length === 1 ? '' : 's'}`);
    for (const e of list) {
      out.push(`  ${e.outcome.padEnd(10)} ${e.rule}${e.why ? ` (${e.why})` : ''}${excerpt(text, e)}`);
    }
    const findings = (Array.isArray(value) ? value : value ? [value] : []) as {
      value: unknown;
      rule?: string;
      start: number;
    }[];
    for (const f of findings) out.push(`  => ${JSON.stringify(f.value)} by ${f.rule ?? '(unnamed rule)'} @${f.start}`);
  }
  return out.join('\n');
}
