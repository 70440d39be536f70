// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VendorManager } from '../components/VendorManager';
import { db } from '../utils/db';
import { latestByVendor, saveSnapshot } from '../utils/snapshots';
import { makeCard } from './helpers/card-fixture';

afterEach(cleanup);
beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function seed() {
  await saveSnapshot({ card: makeCard({ vendor: 'Acme' }), text: 'a', url: 'https://acme.example/terms', title: 'T' });
  await saveSnapshot({ card: makeCard({ vendor: 'Zed' }), text: 'z', url: 'https://zed.example/terms', title: 'Z' });
  return latestByVendor();
}

/** Opens the collapsed section (its forms are built on first opening). */
function openManager() {
  const d = screen.getByTestId('vendor-manager') as HTMLDetailsElement;
  expect(d.querySelector('form')).toBeNull();
  d.open = true;
  fireEvent(d, new Event('toggle'));
}

describe('VendorManager', () => {
  it('renames a vendor, says so, and offers the undo', async () => {
    const vendors = await seed();
    const say = vi.fn();
    render(<VendorManager vendors={vendors} say={say} />);
    openManager();
    fireEvent.input(await screen.findByTestId('vendor-new-name'), { target: { value: 'Acme Cloud' } });
    fireEvent.submit(screen.getByTestId('vendor-rename'));
    await waitFor(() => expect(say).toHaveBeenCalledWith('Renamed Acme to Acme Cloud.'));
    expect((await db.vendors.toArray()).map((v) => v.name).sort()).toEqual(['Acme Cloud', 'Zed']);
    fireEvent.click(await screen.findByTestId('vendor-undo'));
    await waitFor(async () => expect((await db.vendors.toArray()).map((v) => v.name).sort()).toEqual(['Acme', 'Zed']));
  });

  it('merges the second vendor into the first', async () => {
    const vendors = await seed();
    const say = vi.fn();
    render(<VendorManager vendors={vendors} say={say} />);
    openManager();
    fireEvent.submit(await screen.findByTestId('vendor-merge'));
    await waitFor(() => expect(say).toHaveBeenCalledWith(expect.stringMatching(/^Merged /)));
    expect(await db.vendors.count()).toBe(1);
  });

  it('reports a refused change as an error', async () => {
    const vendors = await seed();
    const say = vi.fn();
    render(<VendorManager vendors={vendors} say={say} />);
    openManager();
    fireEvent.input(await screen.findByTestId('vendor-new-name'), { target: { value: 'x'.repeat(130) } });
    fireEvent.submit(screen.getByTestId('vendor-rename'));
    await waitFor(() => expect(say).toHaveBeenCalledWith(expect.stringMatching(/at most/), true));
  });
});
