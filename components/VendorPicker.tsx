import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { kindName } from '@/utils/kinds';
import type { VendorLatest } from '@/utils/library';

export interface VendorPickerProps {
  vendors: readonly VendorLatest[];
  /** Deselected vendor ids. */
  excluded: ReadonlySet<number>;
  /** The vendor whose history is open. */
  historyFor: number | null;
  /** The vendor whose delete awaits confirmation. */
  confirmDelete: number | null;
  onToggle: (id: number) => void;
  onHistory: (id: number) => void;
  onAskDelete: (id: number | null) => void;
  onDelete: (id: number, name: string) => void;
}

/**
 * One row per vendor: a checkbox with the vendor's name and document kinds, a History button and a Delete button
 * (which turns into Confirm / Cancel). Like the comparison table's body, the rows are built with DOM calls in a
 * layout effect, not as ~3,000 virtual nodes for Preact (half of the page's render time with 200 vendors), and
 * only rebuilt when the vendor list changes; checkbox, history and confirmation state is then set in place, so the
 * focused control stays where it is. Names are inserted as text, never as markup. One click and one change
 * listener on the list serve every row.
 */
export function VendorPicker(props: VendorPickerProps) {
  const list = useRef<HTMLUListElement>(null);
  // The listeners read the latest props.
  const current = useRef(props);
  current.current = props;
  const { vendors, excluded, historyFor, confirmDelete } = props;

  useLayoutEffect(() => {
    if (list.current) fillList(list.current, vendors);
  }, [vendors]);

  useLayoutEffect(() => {
    if (list.current) syncList(list.current, vendors, excluded, historyFor, confirmDelete);
  }, [vendors, excluded, historyFor, confirmDelete]);

  const idOf = (e: Event): number | null => {
    const li = (e.target as Element).closest('li[data-vendor]');
    return li ? Number((li as HTMLElement).dataset.vendor) : null;
  };
  const onClick = (e: Event) => {
    const id = idOf(e);
    const action = (e.target as Element).closest('button')?.dataset.action;
    if (id === null || !action) return;
    const p = current.current;
    if (action === 'history') p.onHistory(id);
    else if (action === 'ask-delete') p.onAskDelete(id);
    else if (action === 'cancel-delete') p.onAskDelete(null);
    else if (action === 'delete') p.onDelete(id, p.vendors.find((v) => v.vendor.id === id)?.vendor.name ?? '');
  };
  const onChange = (e: Event) => {
    const id = idOf(e);
    if (id !== null && (e.target as HTMLInputElement).type === 'checkbox') current.current.onToggle(id);
  };
  // The clicks come from the rows' buttons, which Enter and Space press like any button.
  // biome-ignore lint/a11y/useKeyWithClickEvents: delegated from <button>s, keyboard-operable themselves.
  return <ul ref={list} onClick={onClick} onChange={onChange} />;
}

function button(doc: Document, action: string, text: string, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.dataset.action = action;
  for (const [k, v] of Object.entries(attrs)) b.setAttribute(k, v);
  b.textContent = text;
  return b;
}

/** Rebuilds the rows: <li data-vendor> with checkbox, label, History, and a delete slot (see syncList). */
function fillList(ul: HTMLUListElement, vendors: readonly VendorLatest[]): void {
  const doc = ul.ownerDocument;
  const out = doc.createDocumentFragment();
  for (const { vendor, docs } of vendors) {
    const li = doc.createElement('li');
    li.dataset.vendor = String(vendor.id);
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.id = `vendor-${vendor.id}`;
    const label = doc.createElement('label');
    label.htmlFor = box.id;
    const kinds = doc.createElement('span');
    kinds.className = 'cl-muted';
    kinds.textContent = t('kindList', docs.map((d) => kindName(d.document.kind)).join(t('listSeparator')));
    label.append(`${vendor.name} `, kinds);
    const history = button(doc, 'history', t('historyButton'), {
      'aria-label': t('historyOf', vendor.name),
      'aria-controls': 'cl-history-panel',
    });
    const slot = doc.createElement('span');
    slot.className = 'cl-delete-slot';
    li.append(box, label, ' ', history, ' ', slot);
    out.append(li);
  }
  ul.replaceChildren(out);
}

/** Sets each row's checkbox, history and delete state; only a row whose delete state changes gets new buttons. */
function syncList(
  ul: HTMLUListElement,
  vendors: readonly VendorLatest[],
  excluded: ReadonlySet<number>,
  historyFor: number | null,
  confirmDelete: number | null,
): void {
  const doc = ul.ownerDocument;
  const names = new Map(vendors.map((v) => [v.vendor.id, v.vendor.name]));
  for (const li of ul.children as HTMLCollectionOf<HTMLLIElement>) {
    const id = Number(li.dataset.vendor);
    const name = names.get(id) ?? '';
    (li.firstElementChild as HTMLInputElement).checked = !excluded.has(id);
    li.querySelector('[data-action="history"]')?.setAttribute('aria-expanded', String(historyFor === id));
    const confirming = confirmDelete === id;
    const slot = li.querySelector<HTMLElement>('.cl-delete-slot');
    if (!slot || ((slot.dataset.confirming === 'true') === confirming && slot.firstChild)) continue;
    // The button pressed is replaced: focus follows to its counterpart so keyboard users stay in the row.
    const hadFocus = slot.contains(doc.activeElement);
    slot.dataset.confirming = String(confirming);
    if (confirming) {
      const cancel = button(doc, 'cancel-delete', t('cancel'));
      slot.replaceChildren(button(doc, 'delete', t('confirmDeleteVendor', name), { class: 'cl-danger' }), ' ', cancel);
      if (hadFocus) cancel.focus();
    } else {
      const ask = button(doc, 'ask-delete', t('deleteButton'), {
        class: 'cl-danger',
        'aria-label': t('deleteVendorLabel', name),
      });
      slot.replaceChildren(ask);
      if (hadFocus) ask.focus();
    }
  }
}
