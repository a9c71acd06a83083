import { MAX_BODY } from '@praxis/contracts/thread-rules';
import { TextAreaField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** The Markdown body of a thread that is not a story, as it is written and edited. */
export function BodyField({
  id,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  /** What this kind of thread should say, put before the Markdown hint. */
  hint?: string | undefined;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <TextAreaField
      id={id}
      label={t('threads.form.bodyLabel')}
      hint={hint ? t('threads.form.bodyHint', { hint }) : t('threads.form.markdownHint')}
      rows={10}
      maxLength={MAX_BODY}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
