/**
 * How a card reads at a glance: its fields grouped as a buyer reads them (service levels; liability; law and
 * disputes; term, renewal and notices; support), the document's kind deciding which group comes first, and the
 * fields a popup shows for each kind. Pure: no DOM (the popup, the side panel and tests share it).
 */
import type { Card, DocKind, FieldName, Finding } from '@/extractors/types';
import { t, tPlural } from './i18n';

export type GroupId = 'service' | 'liability' | 'law' | 'term' | 'support';

export interface FieldGroup {
  id: GroupId;
  label: string;
  fields: readonly FieldName[];
}

/** Every card field belongs to exactly one group (tests/card-layout.test.ts checks it against FIELD_ORDER). */
export const FIELD_GROUPS: Record<GroupId, FieldGroup> = {
  service: { id: 'service', label: t('groupServiceLevels'), fields: ['uptime', 'serviceCredits', 'soleRemedy'] },
  liability: { id: 'liability', label: t('groupLiability'), fields: ['liabilityCap', 'consequentialDamages'] },
  law: { id: 'law', label: t('groupLaw'), fields: ['governingLaw', 'disputeForum'] },
  term: { id: 'term', label: t('groupTerm'), fields: ['renewal', 'notices'] },
  support: { id: 'support', label: t('groupSupport'), fields: ['support'] },
};

// An SLA is read for its service levels and support; a contract (terms, MSA, DPA, policy) for liability and law first.
const SLA_ORDER: readonly GroupId[] = ['service', 'support', 'liability', 'law', 'term'];
const CONTRACT_ORDER: readonly GroupId[] = ['liability', 'law', 'term', 'service', 'support'];

export function groupOrder(kind: DocKind | null | undefined): readonly GroupId[] {
  return kind === 'sla' ? SLA_ORDER : CONTRACT_ORDER;
}

export interface CardLayout {
  /** Groups with at least one stated field, in the kind's order, each listing only its stated fields. */
  groups: FieldGroup[];
  /** Fields the document does not state, in the same order (shown collapsed). */
  unstated: FieldName[];
}

/** Splits the fields into stated (grouped) and not stated; `stated(field)` says whether a field has a value line. */
export function cardLayout(kind: DocKind | null | undefined, stated: (field: FieldName) => boolean): CardLayout {
  const groups: FieldGroup[] = [];
  const unstated: FieldName[] = [];
  for (const id of groupOrder(kind)) {
    const g = FIELD_GROUPS[id];
    const shown = g.fields.filter((f) => stated(f));
    unstated.push(...g.fields.filter((f) => !shown.includes(f)));
    if (shown.length > 0) groups.push({ ...g, fields: shown });
  }
  return { groups, unstated };
}

/** "renewal, support and 3 more": a not-stated line short enough to read in one glance. */
export function listNames(names: readonly string[], max = 4): string {
  if (names.length <= max) return names.join(t('listSeparator'));
  const more = names.length - max;
  return tPlural('listAndMore', more, names.slice(0, max).join(t('listSeparator')), more);
}

// ---------------------------------------------------------------------------------------------------------------
// The popup's key values
// ---------------------------------------------------------------------------------------------------------------

/** What matters most per kind, most important first (the popup shows the stated ones). */
const KEY_FIELDS: Record<'sla' | 'contract' | 'data', readonly FieldName[]> = {
  sla: ['uptime', 'serviceCredits', 'soleRemedy', 'support', 'notices', 'liabilityCap'],
  contract: ['liabilityCap', 'consequentialDamages', 'governingLaw', 'renewal', 'notices', 'disputeForum', 'uptime'],
  data: ['liabilityCap', 'governingLaw', 'notices', 'disputeForum', 'renewal'],
};

export const MAX_KEY_VALUES = 5;
const MIN_KEY_VALUES = 4;

function keyList(kind: DocKind | null | undefined): readonly FieldName[] {
  if (kind === 'sla') return KEY_FIELDS.sla;
  if (kind === 'dpa' || kind === 'privacy') return KEY_FIELDS.data;
  return KEY_FIELDS.contract;
}

function isStated(card: Card, field: FieldName): boolean {
  const v = card.fields[field] as Finding<unknown> | Finding<unknown>[] | null;
  return Array.isArray(v) ? v.length > 0 : v != null;
}

/**
 * The popup's fields for a card: the stated ones among its kind's key fields, at most five; when fewer than four are
 * stated, the kind's most important missing ones fill up to four (a terms page that states no liability cap says so).
 */
export function keyFieldsFor(card: Card): { field: FieldName; stated: boolean }[] {
  const list = keyList(card.kind);
  const stated = list.filter((f) => isStated(card, f)).slice(0, MAX_KEY_VALUES);
  const out = stated.map((field) => ({ field, stated: true }));
  for (const f of list) {
    if (out.length >= MIN_KEY_VALUES) break;
    if (!stated.includes(f)) out.push({ field: f, stated: false });
  }
  // Back in the kind's order of importance.
  return out.sort((a, b) => list.indexOf(a.field) - list.indexOf(b.field));
}
