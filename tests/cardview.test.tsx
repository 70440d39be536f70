// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPath, CardView, fieldRows } from '@/components/CardView';
import { confidenceLabel } from '@/components/FindingView';
import { FIELD_LABELS } from '@/utils/format';
import { sampleCard } from './fixtures/ui-card';

afterEach(cleanup);

describe('CardView', () => {
  it('shows every field in FIELD_LABELS order, with "Not stated" for missing ones', () => {
    render(<CardView card={sampleCard()} />);
    const card = screen.getByTestId('card');
    const sections = Array.from(card.querySelectorAll('section[data-testid^="field-"]'));
    expect(sections.map((s) => s.getAttribute('data-testid'))).toEqual(
      Object.keys(FIELD_LABELS).map((f) => `field-${f}`),
    );
    expect(within(screen.getByTestId('field-liabilityCap')).getByText('Not stated')).toBeTruthy();
    expect(within(screen.getByTestId('field-uptime')).queryByText('Not stated')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Acme');
  });

  it('renders each value as a button with its verbatim quote and confidence', () => {
    render(<CardView card={sampleCard()} onShow={() => {}} />);
    const uptime = screen.getByTestId('field-uptime');
    const button = within(uptime).getByTestId('finding');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('data-field')).toBe('uptime');
    expect(button.textContent).toContain('99.9% per month');
    expect(within(uptime).getByTestId('quote').textContent).toBe(sampleCard().fields.uptime?.quote);
    expect(within(uptime).getByText('92% · high confidence')).toBeTruthy();
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
