/**
 * Rename a vendor, merge two, move a document to another vendor (utils/vendors.ts), with one Undo for the last
 * change. Collapsed by default under the vendor picker; the store loads when the section is first opened. Names are shown as text.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { kindName } from '@/utils/kinds';
import type { VendorLatest } from '@/utils/library';

type Store = typeof import('@/utils/vendors');
const loadDefault = (): Promise<Store> => import('@/utils/vendors');

export interface VendorManagerProps {
  vendors: readonly VendorLatest[];
  say: (text: string, error?: boolean) => void;
  load?: () => Promise<Store>;
}

export function VendorManager({ vendors, say, load = loadDefault }: VendorManagerProps) {
  const first = vendors[0]?.vendor.id ?? 0;
  const second = vendors[1]?.vendor.id ?? first;
  const [renameId, setRenameId] = useState(first);
  const [newName, setNewName] = useState('');
  const [fromId, setFromId] = useState(second);
  const [intoId, setIntoId] = useState(first);
  const docs = vendors.flatMap((v) => v.docs.map((d) => ({ d, vendor: v.vendor })));
  const [docId, setDocId] = useState(docs[0]?.d.document.id ?? 0);
  const [toId, setToId] = useState(first);
  const [undo, setUndo] = useState<{ label: string } | null>(null);
  // The store loads when the user first opens the section, not with the page.
  const [opened, setOpened] = useState(false);

  // The library changed (a save, a delete, one of ours): re-read what Undo would undo; keep the choices valid.
  useEffect(() => {
    let live = true;
    if (opened)
      load()
        .then((m) => m.lastVendorChange())
        .then((u) => live && setUndo(u))
        .catch(() => {});
    const ids = new Set(vendors.map((v) => v.vendor.id));
    if (!ids.has(renameId)) setRenameId(first);
    if (!ids.has(fromId)) setFromId(second);
    if (!ids.has(intoId)) setIntoId(first);
    if (!ids.has(toId)) setToId(first);
    if (!docs.some((x) => x.d.document.id === docId)) setDocId(docs[0]?.d.document.id ?? 0);
    return () => {
      live = false;
    };
  }, [vendors, load, opened]);

  const run = async (what: (m: Store) => Promise<unknown>, done: string) => {
    try {
      const m = await load();
      await what(m);
      setUndo(await m.lastVendorChange());
      say(done);
    } catch (e) {
      say(t('vendorChangeFailed', e instanceof Error ? e.message : String(e)), true);
    }
  };
  const nameOf = (id: number) => vendors.find((v) => v.vendor.id === id)?.vendor.name ?? '';
  const vendorOptions = vendors.map((v) => (
    <option key={v.vendor.id} value={v.vendor.id}>
      {t('vendorWithSite', v.vendor.name, v.vendor.site)}
    </option>
  ));
  const num = (e: Event) => Number((e.currentTarget as HTMLSelectElement).value);

  if (vendors.length === 0) return null;
  return (
    <details
      class="cl-vendor-manager"
      data-testid="vendor-manager"
      onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}
    >
      <summary>{t('manageVendors')}</summary>
      {/* Built on first opening: with 200 vendors the five lists hold a thousand options the page need not draw. */}
      {opened && (
        <>
          <form
            data-testid="vendor-rename"
            onSubmit={(e) => {
              e.preventDefault();
              void run((m) => m.renameVendor(renameId, newName), t('renamedVendor', nameOf(renameId), newName.trim()));
            }}
          >
            <label for="vm-rename">{t('renameLabel')} </label>
            <select id="vm-rename" value={renameId} onChange={(e) => setRenameId(num(e))}>
              {vendorOptions}
            </select>
            <label for="vm-name"> {t('toLabel')} </label>
            <input
              id="vm-name"
              data-testid="vendor-new-name"
              value={newName}
              maxLength={120}
              onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)}
            />{' '}
            <button type="submit" disabled={!newName.trim()}>
              {t('renameButton')}
            </button>
          </form>
          {vendors.length > 1 && (
            <form
              data-testid="vendor-merge"
              onSubmit={(e) => {
                e.preventDefault();
                void run(
                  (m) => m.mergeVendorsUndoable(intoId, fromId),
                  t('mergedVendor', nameOf(fromId), nameOf(intoId)),
                );
              }}
            >
              <label for="vm-from">{t('mergeLabel')} </label>
              <select id="vm-from" value={fromId} onChange={(e) => setFromId(num(e))}>
                {vendorOptions}
              </select>
              <label for="vm-into"> {t('intoLabel')} </label>
              <select id="vm-into" value={intoId} onChange={(e) => setIntoId(num(e))}>
                {vendorOptions}
              </select>{' '}
              <button type="submit" disabled={fromId === intoId}>
                {t('mergeButton')}
              </button>
            </form>
          )}
          {vendors.length > 1 && (
            <form
              data-testid="vendor-move"
              onSubmit={(e) => {
                e.preventDefault();
                void run((m) => m.moveDocument(docId, toId), t('movedDocument', nameOf(toId)));
              }}
            >
              <label for="vm-doc">{t('moveLabel')} </label>
              <select id="vm-doc" value={docId} onChange={(e) => setDocId(num(e))}>
                {docs.map(({ d, vendor }) => (
                  <option key={d.document.id} value={d.document.id}>
                    {t('documentOption', vendor.name, d.document.title ?? d.document.url, kindName(d.document.kind))}
                  </option>
                ))}
              </select>
              <label for="vm-to"> {t('toLabel')} </label>
              <select id="vm-to" value={toId} onChange={(e) => setToId(num(e))}>
                {vendorOptions}
              </select>{' '}
              <button type="submit">{t('moveButton')}</button>
            </form>
          )}
          {undo && (
            <p>
              <button
                type="button"
                data-testid="vendor-undo"
                onClick={() =>
                  void run(
                    async (m) => {
                      const label = await m.undoVendorChange();
                      if (!label) throw new Error(t('nothingToUndo'));
                    },
                    t('undone', undo.label),
                  )
                }
              >
                {t('undoChange', undo.label)}
              </button>
            </p>
          )}
        </>
      )}
    </details>
  );
}
