import type { Card, FieldName } from '@/extractors/types';
import { FIELD_LABELS, formatDuration, formatFieldValue, NOT_STATED, NOTICE_LABELS } from '@/utils/format';
import { t } from '@/utils/i18n';
import { BidiText } from './BidiText';

const KEY_FIELDS: FieldName[] = ['uptime', 'liabilityCap', 'governingLaw'];
const MAX_NOTICES = 4;

/** The values a buyer looks at first, as a definition list (the popup's card at a glance). */
export function CardKeyValues({ card }: { card: Card }) {
  const notices = card.fields.notices.filter((n) => n.value.kind !== 'other').slice(0, MAX_NOTICES);
  return (
    <dl class="cl-key-values" data-testid="key-values">
      {KEY_FIELDS.map((field) => {
        const value = formatFieldValue(field, card.fields[field]);
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
      {notices.length === 0 ? (
        <div class="cl-kv" data-field="notices">
          <dt>{FIELD_LABELS.notices}</dt>
          <dd class="cl-not-stated">{t('notStated')}</dd>
        </div>
      ) : (
        notices.map((n, i) => (
          <div key={`${n.value.kind}-${i}`} class="cl-kv" data-field="notices">
            <dt>{NOTICE_LABELS[n.value.kind]}</dt>
            <dd>{formatDuration(n.value)}</dd>
          </div>
        ))
      )}
    </dl>
  );
}
