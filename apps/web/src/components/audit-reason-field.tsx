import { useT } from '../lib/i18n/use-t.tsx';
import { FormField } from './form-field.tsx';

/**
 * Why an organiser or admin does what the panel beside it does; optional, and kept with the
 * action in the audit log.
 */
export function AuditReasonField({
  value,
  onChange,
}: {
  value: string;
  onChange(value: string): void;
}) {
  const t = useT();
  return (
    <FormField
      label={t('audit.reason.label')}
      hint={t('audit.reason.hint')}
      value={value}
      maxLength={500}
      autoComplete="off"
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
