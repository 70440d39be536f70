import { describe, expect, it } from 'vitest';
import { buildCard } from '../extractors/card';
import { makeFinding } from '../extractors/common/finding';
import { traceEvent, tracing, withTrace } from '../extractors/common/trace';
import { docFromText } from '../extractors/input';
import { formatExplain } from '../scripts/lib/explain';

describe('explain trace', () => {
  it('records nothing outside withTrace, and the rule on the finding either way', () => {
    const doc = docFromText('Either party may terminate on 30 days notice.');
    expect(tracing()).toBe(false);
    traceEvent({ field: 'x', rule: 'x/y', outcome: 'considered' }); // dropped: no collector
    const f = makeFinding(doc, { start: 0, end: 6 }, 1, 0.9, 'notices/example');
    expect(f.rule).toBe('notices/example');
    const { events } = withTrace(() => makeFinding(doc, { start: 0, end: 6 }, 1, 0.9, 'notices/example'));
    expect(events).toEqual([{ field: 'notices', rule: 'notices/example', outcome: 'fired', start: 0, end: 6 }]);
    expect(tracing()).toBe(false);
  });

  it('a finding without a rule has no rule member (cards stay as they were)', () => {
    const doc = docFromText('Some text here.');
    expect('rule' in makeFinding(doc, { start: 0, end: 4 }, true, 1)).toBe(false);
  });

  it('prints each field with its events, quotes and the kept value', () => {
    const doc = docFromText(
      'Service Level Agreement\nThe Service will be available 99.9% of the time in each calendar month.',
    );
    const { result, events } = withTrace(() => buildCard(doc, 'x.txt', { force: true }));
    traceEvent({ field: 'uptime', rule: 'uptime/never', outcome: 'rejected' }); // after the trace: not recorded
    const text = formatExplain(
      result,
      [...events, { field: 'uptime', rule: 'uptime/other', outcome: 'rejected', why: 'no percent', start: 0, end: 7 }],
      doc.text,
    );
    expect(text).toContain('## uptime');
    expect(text).toContain('rejected   uptime/other (no percent) "Service" @0');
    expect(text).not.toContain('uptime/never');
  });
});
