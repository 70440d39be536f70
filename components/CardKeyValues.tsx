import type { Card } from '@/extractors/types';
import { keyFieldsFor } from '@/utils/card-layout';
import { FIELD_LABELS, formatFieldValue, formatNoticePeriod, NOT_STATED, NOTICE_LABELS } from '@/utils/format';
import { t } from '@/utils/i18n';
import { BidiText } from './BidiText';

/** Notices shown in the popup, at most (the side panel lists them all). */
const MAX_NOTICES = 2;

/**
 * The values a buyer looks at first for this kind of document (utils/card-layout.ts: an SLA's uptime and credits, a
 * contract's liability cap and law), as a definition list: the popup's card at a glance.
 */
export function CardKeyValues({ card }: { card: Card }) {
  return (
    <dl class="cl-key-values" data-testid="key-values">
      {keyFieldsFor(card).map(({ field, stated }) => {
        if (field === 'notices' && stated) {
          const notices = card.fields.notices.filter((n) => n.value.kind !== 'other').slice(0, MAX_NOTICES);
          const shown = notices.length > 0 ? notices : card.fields.notices.slice(0, 1);
          return shown.map((n, i) => (
            <div key={`${n.value.kind}-${i}`} class="cl-kv" data-field="notices">
              <dt>{NOTICE_LABELS[n.value.kind]}</dt>
              <dd>{formatNoticePeriod(n.value)}</dd>
            </div>
          ));
        }
        const value = stated ? formatFieldValue(field, card.fields[field]) : NOT_STATED;
        return (
          <div key={field} class="cl-kv" data-field={field}>
            <dt>{FIELD_LABELS[field]}</dt>
            {value === NOT_STATED ? (
              <dd class="cl-not-stated">{t('notStated')}</dd>
            ) : (
              <BidiText as="dd" value text={value} />
            )}
          </div>
        );
      })}
    </dl>
  );
}
