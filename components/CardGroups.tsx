/**
 * The card's layout pieces: a group of stated fields under its heading ("Liability"), and the one collapsed line
 * listing the fields the document does not state ("Not stated: renewal, support …"), which opens to each field with
 * its "Add a value". Grouping and order: utils/card-layout.ts.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FieldName } from '@/extractors/types';
import type { FieldGroup } from '@/utils/card-layout';
import { listNames } from '@/utils/card-layout';
import { FIELD_LABELS } from '@/utils/format';
import { t } from '@/utils/i18n';

export function CardGroup({ group, children }: { group: FieldGroup; children: ComponentChildren }) {
  const id = `group-${group.id}-heading`;
  return (
    <section class="cl-group" data-testid={`group-${group.id}`} aria-labelledby={id}>
      <h3 id={id} class="cl-group-title">
        {group.label}
      </h3>
      {children}
    </section>
  );
}

/** Lower-case field names for a sentence ("liability cap, governing law"). */
const sentenceName = (f: FieldName) => FIELD_LABELS[f].charAt(0).toLowerCase() + FIELD_LABELS[f].slice(1);

export function NotStatedFields({
  fields,
  forceOpen = false,
  children,
}: {
  fields: readonly FieldName[];
  /** Kept open while one of its fields has its "Add a value" form open. */
  forceOpen?: boolean;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  if (fields.length === 0) return null;
  return (
    <details
      class="cl-unstated"
      data-testid="not-stated"
      open={open || forceOpen}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="cl-not-stated">{t('notStatedPrefix')}</span> {listNames(fields.map(sentenceName))}
      </summary>
      {children}
    </details>
  );
}
