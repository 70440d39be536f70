// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEditorValues } from '@/components/CardFieldEditor';
import { addPath, CardView, fieldRows } from '@/components/CardView';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { confidenceLabel, FindingView } from '@/components/FindingView';
import type { Card, ServiceCredits } from '@/extractors/types';
import { sampleCard } from './fixtures/ui-card';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CardView', () => {
  it('groups the stated fields as a buyer reads them, an SLA starting with its service levels', () => {
    render(<CardView card={sampleCard()} />);
    const card = screen.getByTestId('card');
    const groups = Array.from(card.querySelectorAll('section[data-testid^="group-"]'));
    // The sample SLA states uptime, governing law and notices: three groups, in the SLA's order.
    expect(groups.map((g) => g.getAttribute('data-testid'))).toEqual(['group-service', 'group-law', 'group-term']);
    expect(within(groups[0] as HTMLElement).getByTestId('field-uptime')).toBeTruthy();
    expect(within(groups[1] as HTMLElement).getByTestId('field-governingLaw')).toBeTruthy();
    expect(within(groups[0] as HTMLElement).queryByTestId('field-liabilityCap')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Acme');
  });

  it('a contract starts with liability and law', () => {
    const c = sampleCard();
    c.kind = 'msa';
    render(<CardView card={c} />);
    const groups = Array.from(screen.getByTestId('card').querySelectorAll('section[data-testid^="group-"]'));
    expect(groups.map((g) => g.getAttribute('data-testid'))).toEqual(['group-law', 'group-term', 'group-service']);
  });

  it('collapses the fields the document does not state into one line that opens, with "Add a value" inside', () => {
    render(<CardView card={sampleCard()} onEdit={async () => {}} onAdd={() => {}} adding={null} />);
    const unstated = screen.getByTestId('not-stated') as HTMLDetailsElement;
    expect(unstated.tagName).toBe('DETAILS');
    expect(unstated.open).toBe(false);
    const summary = unstated.querySelector('summary')?.textContent ?? '';
    expect(summary).toMatch(
      /^Not stated: service credits, sole remedy, support first response, liability cap and 3 more$/,
    );
    // Every field the card lacks is inside, with its "Add a value"; none of the stated ones is.
    const liability = within(unstated).getByTestId('field-liabilityCap');
    expect(within(liability).getByText('Not stated')).toBeTruthy();
    expect(within(liability).getByTestId('add-value')).toBeTruthy();
    expect(within(unstated).queryByTestId('field-uptime')).toBeNull();
  });

  it('keeps the not-stated line open while one of its fields is being added', () => {
    render(<CardView card={sampleCard()} onEdit={async () => {}} onAdd={() => {}} adding="liabilityCap" />);
    expect((screen.getByTestId('not-stated') as HTMLDetailsElement).open).toBe(true);
    expect(within(screen.getByTestId('field-liabilityCap')).getByTestId('editor')).toBeTruthy();
  });

  it('has no not-stated line when every field is stated by the card or marked by the user', () => {
    const c = sampleCard();
    c.fields.disputeForum = [
      { value: { kind: 'courts' } as never, quote: 'Courts.', start: 0, end: 7, confidence: 0.9 },
    ];
    c.fields.support = [
      {
        value: { firstResponse: { amount: 1, unit: 'hours' } } as never,
        quote: 'One hour.',
        start: 0,
        end: 9,
        confidence: 0.9,
      },
    ];
    const corrections = (
      ['serviceCredits', 'soleRemedy', 'liabilityCap', 'consequentialDamages', 'renewal'] as const
    ).map((f) => ({ path: `fields.${f}`, value: null }));
    render(<CardView card={c} corrections={corrections} />);
    // A value the user marked "not stated" stays in its group, where its Revert is.
    expect(screen.queryByTestId('not-stated')).toBeNull();
  });

  it('renders each value as a button with its verbatim quote and confidence', () => {
    render(<CardView card={sampleCard()} onShow={() => {}} />);
    const uptime = screen.getByTestId('field-uptime');
    const button = within(uptime).getByTestId('finding');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('data-field')).toBe('uptime');
    expect(button.textContent).toContain('99.9% per month');
    expect(within(uptime).getByTestId('quote').textContent).toBe(sampleCard().fields.uptime?.quote);
    // Confidence as a word; the figure in its details.
    const confidence = within(uptime).getByTestId('confidence');
    expect(confidence.querySelector('summary')?.textContent).toBe('high confidence');
    expect(confidence.textContent).toContain('Confidence 92%');
    expect(within(screen.getByTestId('field-notices')).getAllByTestId('finding')).toHaveLength(2);
  });

  it('renders a quote containing markup as literal text', () => {
    const card = sampleCard();
    const payload = 'Uptime is 99.9% <img src=x onerror=alert(1)> <script>alert(2)</script> each month.';
    if (card.fields.uptime) card.fields.uptime.quote = payload;
    const { container } = render(<CardView card={card} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(within(screen.getByTestId('field-uptime')).getByTestId('quote').textContent).toBe(payload);
  });

  it('asks to show the quote when a value is clicked', () => {
    const onShow = vi.fn();
    render(<CardView card={sampleCard()} onShow={onShow} />);
    fireEvent.click(within(screen.getByTestId('field-governingLaw')).getByTestId('finding'));
    expect(onShow).toHaveBeenCalledWith('governingLaw', sampleCard().fields.governingLaw[0]);
  });

  it('edits a value with a form and stores it at the finding path', async () => {
    const onEdit = vi.fn(async () => {});
    render(<CardView card={sampleCard()} onShow={() => {}} onEdit={onEdit} onRevert={async () => {}} />);
    const uptime = screen.getByTestId('field-uptime');
    fireEvent.click(within(uptime).getByTestId('edit'));
    const percent = within(uptime).getByLabelText('Uptime percent') as HTMLInputElement;
    expect(percent.value).toBe('99.9');
    expect(document.activeElement).toBe(percent);
    fireEvent.input(percent, { target: { value: '99.5' } });
    fireEvent.click(within(uptime).getByTestId('edit-save'));
    await waitFor(() => expect(onEdit).toHaveBeenCalledWith('fields.uptime', { percent: 99.5, period: 'month' }));
    await waitFor(() => expect(within(uptime).queryByTestId('editor')).toBeNull());
  });

  it('rejects an out-of-range value without saving', async () => {
    const onEdit = vi.fn(async () => {});
    render(<CardView card={sampleCard()} onEdit={onEdit} />);
    const uptime = screen.getByTestId('field-uptime');
    fireEvent.click(within(uptime).getByTestId('edit'));
    fireEvent.input(within(uptime).getByLabelText('Uptime percent'), { target: { value: '120' } });
    fireEvent.submit(within(uptime).getByTestId('editor'));
    expect((await within(uptime).findByRole('alert')).textContent).toMatch(/out of range/);
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('shows a corrected value with an Edited tag, the original and Revert', () => {
    const onRevert = vi.fn(async () => {});
    const corrections = [
      { path: 'fields.uptime', value: { percent: 99.5, period: 'month' } },
      { path: 'fields.notices.1', value: null },
      { path: 'fields.notices.2', value: { kind: 'price-change', amount: 60, unit: 'days' } },
    ];
    render(<CardView card={sampleCard()} corrections={corrections} onEdit={async () => {}} onRevert={onRevert} />);
    const uptime = screen.getByTestId('field-uptime');
    expect(within(uptime).getByTestId('edited-tag').textContent).toBe('Edited');
    expect(within(uptime).getByTestId('finding').textContent).toContain('99.5% per month');
    expect(within(uptime).getByTestId('original-value').textContent).toContain('99.9% per month');
    // The quote stays: it is what the page says, beside the user's value.
    expect(within(uptime).getByTestId('quote')).toBeTruthy();
    fireEvent.click(within(uptime).getByTestId('revert'));
    expect(onRevert).toHaveBeenCalledWith('fields.uptime');

    const notices = screen.getByTestId('field-notices');
    expect(within(notices).getAllByTestId('edited-tag')).toHaveLength(2);
    expect(within(notices).getByText('Not stated')).toBeTruthy();
    const values = within(notices)
      .getAllByTestId('finding')
      .map((b) => b.textContent);
    expect(values.some((v) => v?.startsWith('Price change notice: 60 days'))).toBe(true);
  });
});

describe('fieldRows and addPath', () => {
  it('keeps list indices stable when an item is removed', () => {
    const rows = fieldRows(sampleCard(), [{ path: 'fields.notices.0', value: null }], 'notices');
    expect(rows.map((r) => [r.path, r.finding === null, r.edited])).toEqual([
      ['fields.notices.0', true, true],
      ['fields.notices.1', false, false],
    ]);
    expect(addPath(sampleCard(), [], 'notices')).toBe('fields.notices.2');
    expect(addPath(sampleCard(), [{ path: 'fields.notices.2', value: {} }], 'notices')).toBe('fields.notices.3');
    expect(addPath(sampleCard(), [], 'renewal')).toBe('fields.renewal');
  });

  it('labels confidence in words', () => {
    expect(confidenceLabel(0.92)).toBe('92% · high confidence');
    expect(confidenceLabel(0.6)).toBe('60% · medium confidence');
    expect(confidenceLabel(0.2)).toBe('20% · low confidence');
  });
});

describe('how a value was found', () => {
  const finding = (extra: object) => ({
    value: { percent: 99.9, period: 'month' },
    quote: 'Availability is 99.9% in each month.',
    start: 0,
    end: 36,
    confidence: 0.9,
    ...extra,
  });

  it('names the rule, and marks inferred values and quotes hidden on the page', () => {
    render(
      <FindingView field="uptime" finding={finding({ rule: 'uptime/percentOfTime', implied: true, visible: false })} />,
    );
    expect(screen.getByTestId('finding-rule').textContent).toBe(' · found by rule uptime/percentOfTime');
    expect(screen.getByTestId('inferred-tag').textContent).toBe('inferred');
    expect(screen.getByTestId('hidden-tag').textContent).toMatch(/hidden on the page/);
  });

  it('shows a finding stored before those members existed without them', () => {
    render(<FindingView field="uptime" finding={finding({})} />);
    expect(screen.getByTestId('quote')).toBeTruthy();
    expect(screen.queryByTestId('finding-rule')).toBeNull();
    expect(screen.queryByTestId('inferred-tag')).toBeNull();
    expect(screen.queryByTestId('hidden-tag')).toBeNull();
  });

  it('does not mark a stated, visible value', () => {
    render(<FindingView field="uptime" finding={finding({ rule: 'uptime/x', implied: false, visible: true })} />);
    expect(screen.queryByTestId('inferred-tag')).toBeNull();
    expect(screen.queryByTestId('hidden-tag')).toBeNull();
  });
});

describe('the service credits editor', () => {
  const credits: ServiceCredits = {
    maxCreditPercent: 30,
    tiers: [
      { uptimeAtLeast: 99, uptimeBelow: 99.9, creditPercent: 10 },
      { uptimeAtLeast: null, uptimeBelow: 99, creditPercent: 30 },
    ],
  };
  const withCredits = (): Card => {
    const card = sampleCard();
    card.fields.serviceCredits = { value: credits, quote: 'Credits apply.', start: 0, end: 14, confidence: 0.8 };
    return card;
  };
  const openEditor = () => {
    const field = screen.getByTestId('field-serviceCredits');
    fireEvent.click(within(field).getByTestId('edit'));
    return within(field);
  };

  it('edits tiers as typed rows and saves the value in its schema shape', async () => {
    const onEdit = vi.fn(async () => {});
    render(<CardView card={withCredits()} onEdit={onEdit} />);
    const field = openEditor();
    expect((field.getByLabelText('Maximum credit (%)') as HTMLInputElement).value).toBe('30');
    expect(field.getAllByLabelText('Credit (%)').map((i) => (i as HTMLInputElement).value)).toEqual(['10', '30']);
    fireEvent.click(field.getByRole('button', { name: 'Remove tier 1' }));
    fireEvent.click(field.getByTestId('add-tiers'));
    const percents = field.getAllByLabelText('Credit (%)');
    fireEvent.input(percents[1]!, { target: { value: '50' } });
    fireEvent.input(field.getAllByLabelText('When uptime is below (%)')[1]!, { target: { value: '95' } });
    fireEvent.input(field.getByLabelText('Maximum credit (%)'), { target: { value: '' } });
    fireEvent.click(field.getByTestId('edit-save'));
    await waitFor(() =>
      expect(onEdit).toHaveBeenCalledWith('fields.serviceCredits', {
        maxCreditPercent: null,
        tiers: [
          { creditPercent: 30, uptimeAtLeast: null, uptimeBelow: 99 },
          { creditPercent: 50, uptimeAtLeast: null, uptimeBelow: 95 },
        ],
      }),
    );
  });

  it('refuses a tier without a credit, a percentage past 100, and crossed bounds, with a message', async () => {
    const onEdit = vi.fn(async () => {});
    render(<CardView card={withCredits()} onEdit={onEdit} />);
    const field = openEditor();
    fireEvent.input(field.getAllByLabelText('Credit (%)')[0]!, { target: { value: '' } });
    fireEvent.submit(field.getByTestId('editor'));
    expect((await field.findByRole('alert')).textContent).toBe('Tier 1, Credit (%): required.');
    fireEvent.input(field.getAllByLabelText('Credit (%)')[0]!, { target: { value: '150' } });
    fireEvent.submit(field.getByTestId('editor'));
    await waitFor(() =>
      expect(field.getByRole('alert').textContent).toBe('Tier 1, Credit (%): out of range (0 to 100).'),
    );
    expect(onEdit).not.toHaveBeenCalled();
    // The parser behind the form, on the same rules.
    const raw = { maxCreditPercent: '', 'tiers.#': '1', 'tiers.0.creditPercent': '10' };
    expect(
      parseEditorValues('serviceCredits', { ...raw, 'tiers.0.uptimeAtLeast': '99.9', 'tiers.0.uptimeBelow': '99' }),
    ).toEqual({
      error: 'Tier 1: "at least" must be lower than "below".',
    });
    expect(parseEditorValues('serviceCredits', { ...raw, maxCreditPercent: '-5' })).toEqual({
      error: 'Maximum credit (%): out of range (0 to 100).',
    });
    // A select takes only its options (a hand-made form value cannot smuggle another kind in).
    expect(parseEditorValues('notices', { kind: 'whatever', amount: '30', unit: 'days' })).toEqual({
      error: 'Notice: choose one of the options.',
    });
  });
});

describe('hostile stored values', () => {
  it('shows a legacy credits correction without tiers, with Revert reachable', () => {
    // What the old free JSON editor let through; it used to crash the whole card.
    const onRevert = vi.fn(async () => {});
    const corrections = [{ path: 'fields.serviceCredits', value: { maxCreditPercent: 10 } }];
    render(<CardView card={sampleCard()} corrections={corrections} onEdit={async () => {}} onRevert={onRevert} />);
    const field = within(screen.getByTestId('field-serviceCredits'));
    expect(field.getByTestId('finding').textContent).toContain('up to 10% credit');
    fireEvent.click(field.getByTestId('revert'));
    expect(onRevert).toHaveBeenCalledWith('fields.serviceCredits');
    // Opening the typed editor on it starts from what can be read, with no tiers.
    fireEvent.click(field.getByTestId('edit'));
    expect((field.getByLabelText('Maximum credit (%)') as HTMLInputElement).value).toBe('10');
    expect(field.queryAllByLabelText('Credit (%)')).toHaveLength(0);
  });

  it('shows an error in place of a value that cannot be rendered, keeps Revert, and the rest of the card', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onRevert = vi.fn(async () => {});
    const card = sampleCard();
    // A corrupted stored finding: its quote is not text.
    if (card.fields.uptime) card.fields.uptime.quote = 42 as unknown as string;
    const corrections = [{ path: 'fields.uptime', value: { percent: 99.5, period: 'month' } }];
    render(<CardView card={card} corrections={corrections} onEdit={async () => {}} onRevert={onRevert} />);
    const uptime = within(screen.getByTestId('field-uptime'));
    expect(uptime.getByTestId('value-error').textContent).toMatch(/could not be shown/);
    fireEvent.click(uptime.getByTestId('revert'));
    expect(onRevert).toHaveBeenCalledWith('fields.uptime');
    expect(within(screen.getByTestId('field-notices')).getAllByTestId('finding')).toHaveLength(2);
  });

  it('shows an error in place of a field that is not of its shape, and lets the user clear it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onEdit = vi.fn(async () => {});
    const card = sampleCard();
    (card.fields as unknown as Record<string, unknown>).governingLaw = { name: 'Delaware' };
    render(<CardView card={card} onEdit={onEdit} onRevert={async () => {}} />);
    const law = within(screen.getByTestId('field-governingLaw'));
    expect(law.getByTestId('value-error')).toBeTruthy();
    fireEvent.click(law.getByTestId('edit-remove'));
    expect(onEdit).toHaveBeenCalledWith('fields.governingLaw', []);
    expect(within(screen.getByTestId('field-uptime')).getByTestId('finding')).toBeTruthy();
  });
});

describe('ErrorBoundary', () => {
  function Boom({ fail }: { fail: boolean }) {
    if (fail) throw new Error('bad row');
    return <p>fine</p>;
  }

  it('renders the fallback in place, and the children again when a reset key changes', () => {
    const onError = vi.fn();
    const ui = (fail: boolean) => (
      <div>
        <ErrorBoundary resetKeys={[fail]} onError={onError} fallback={(e) => <p>failed: {(e as Error).message}</p>}>
          <Boom fail={fail} />
        </ErrorBoundary>
        <button type="button">Import</button>
      </div>
    );
    const { rerender } = render(ui(true));
    expect(screen.getByText('failed: bad row')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
    rerender(ui(false));
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
