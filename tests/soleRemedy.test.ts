import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractSoleRemedy } from '../extractors/soleRemedy';

function sole(text: string) {
  const doc = docFromText(text);
  const f = extractSoleRemedy(doc);
  if (f) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
  }
  return f;
}

describe('extractSoleRemedy', () => {
  it.each([
    'Service Credits shall be your sole and exclusive remedy for any unavailability or non-performance of the Service.',
    'Unless otherwise provided in the Agreement, your sole and exclusive remedy for any unavailability, non-performance, or other failure by us to provide the Service is the receipt of a Service Credit (if eligible) in accordance with the terms of this SLA.',
    'The Customer’s sole remedy for any failure to meet the Availability Commitment is the receipt of a Service Credit.',
    'Kestrel’s sole liability for SLA breaches is limited to the service credits described in Section 5.',
    'The Financial Credits described in this SLA are Customer’s sole and exclusive remedy for any failure by the Provider to meet the SLO.',
    'Service credits are the only remedy available to Customer for downtime.',
    'SLA credits constitute Customer’s exclusive remedy, and Provider’s entire liability, for any failure to meet the Service Levels.',
  ])('true: %s', (text) => {
    const f = sole(text);
    expect(f?.value).toBe(true);
    expect(f?.quote).toBe(text);
  });

  it.each([
    'Service Credits are not Customer’s sole and exclusive remedy for unavailability of the Service.',
    'The Service Credits are without prejudice to any other rights or remedies the Customer may have under the Agreement.',
    'Any service credit is in addition to any other rights or remedies available to Customer for a failure to meet the Service Levels.',
    'Service credits under Schedule 2 are in addition to, and not in lieu of, any other rights or remedies Customer may have.',
  ])('false: %s', (text) => {
    expect(sole(text)?.value).toBe(false);
  });

  it.each([
    'Customer’s sole and exclusive remedy for breach of warranty is re-performance of the non-conforming Services.',
    'This Section states the indemnifying party’s sole liability to, and the indemnified party’s exclusive remedy against, the other party for any Claim.',
    'Customer’s sole and exclusive remedy for breach of this warranty shall be a refund or credit of the fees paid for the defective Services.',
    'Disputes shall be subject to the exclusive jurisdiction of the courts of Oslo, without prejudice to the Company’s right to seek injunctive relief.',
    'If availability falls below 95% for three consecutive months, Customer’s sole and exclusive remedy is to terminate the affected subscription.',
    'Service credits will be applied to the next invoice.',
    'Service credits are issued in lieu of a cash refund.',
  ])('null: %s', (text) => {
    expect(sole(text)).toBeNull();
  });

  it('counts a sentence in the SLA section that refers to credits', () => {
    const text = ['Service Credits', 'The credits described above are Customer’s sole and exclusive remedy.'].join(
      '\n',
    );
    expect(sole(text)?.value).toBe(true);
  });

  it('keeps the clearer statement when both appear', () => {
    const text = [
      'Service Credits shall be your sole and exclusive remedy for any unavailability of the Service.',
      'Nothing in this SLA limits your other rights or remedies.',
    ].join('\n');
    expect(sole(text)?.value).toBe(true);
  });
});

describe('extractSoleRemedy: other remedies for interruptions', () => {
  it('is not about credits when the remedy is cancelling', () => {
    expect(sole('Your sole remedy for any interruption of the Service is to cancel your subscription.')).toBeNull();
  });
});

describe('rule names', () => {
  it.each([
    [
      'Service Credits are Customer’s sole and exclusive remedy for any failure to meet the Availability Target.',
      true,
      'soleRemedy/creditsSole',
    ],
    [
      'Service credits under this schedule are not Customer’s exclusive remedy for unavailability.',
      false,
      'soleRemedy/notSole',
    ],
    [
      'Service credits are without prejudice to any other rights or remedies of the Customer.',
      false,
      'soleRemedy/otherRemediesKept',
    ],
  ])('%s', (text, value, rule) => {
    const f = extractSoleRemedy(docFromText(text));
    expect(f).toMatchObject({ value, rule });
  });

  it('does not fire on a sole remedy that is not about credits (look-alike)', () => {
    expect(
      extractSoleRemedy(
        docFromText('Re-performance of the services is Customer’s sole remedy for breach of the warranty.'),
      ),
    ).toBeNull();
  });
});
