import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AuditActionName,
  type AuditTargetType,
} from '@praxis/contracts/audit';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useAuditActors } from '../api/list-audit-actors.ts';

/** The filters as the address keeps them: days are the reader's own calendar days. */
export interface AuditFilterValues {
  action: string;
  actor: string;
  targetType: string;
  fromDay: string;
  toDay: string;
}

export const actionLabel = (action: AuditActionName): MessageId => `audit.action.${action}`;
export const targetLabel = (type: AuditTargetType): MessageId => `audit.target.${type}`;

/** Narrows the log by action, who acted, kind of target and a period of days. */
export function AuditFilters({
  values,
  onChange,
}: {
  values: AuditFilterValues;
  onChange(name: keyof AuditFilterValues, value: string): void;
}) {
  const t = useT();
  const actors = useAuditActors();
  return (
    <form className="audit-filters" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label={t('audit.filters.action')}
        value={values.action}
        onChange={(event) => onChange('action', event.target.value)}
      >
        <option value="">{t('audit.filters.anyAction')}</option>
        {AUDIT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {t(actionLabel(action))}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('audit.filters.actor')}
        value={values.actor}
        onChange={(event) => onChange('actor', event.target.value)}
      >
        <option value="">{t('audit.filters.anyone')}</option>
        {actors.data?.actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('audit.filters.targetType')}
        value={values.targetType}
        onChange={(event) => onChange('targetType', event.target.value)}
      >
        <option value="">{t('audit.filters.anyTarget')}</option>
        {AUDIT_TARGET_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(targetLabel(type))}
          </option>
        ))}
      </SelectField>
      <FormField
        label={t('audit.filters.from')}
        type="date"
        value={values.fromDay}
        onChange={(event) => onChange('fromDay', event.target.value)}
      />
      <FormField
        label={t('audit.filters.to')}
        type="date"
        value={values.toDay}
        onChange={(event) => onChange('toDay', event.target.value)}
      />
    </form>
  );
}
