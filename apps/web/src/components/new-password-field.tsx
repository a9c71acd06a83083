import { PASSWORD_MIN_LENGTH, passwordWeakness } from '@praxis/contracts/password-rules';
import { type TFunction, useT } from '../lib/i18n/use-t.tsx';
import { FormField } from './form-field.tsx';

interface NewPasswordFieldProps {
  label?: string;
  value: string;
  onChange(value: string): void;
  account: { email: string; name: string };
  /** The server's verdict, which wins over the instant check. */
  error?: string | undefined;
}

/** A new-password input that explains the rules as the person types, with the API's own rule. */
export function NewPasswordField({
  label,
  value,
  onChange,
  account,
  error,
}: NewPasswordFieldProps) {
  const t = useT();
  return (
    <FormField
      label={label ?? t('common.newPassword.label')}
      type="password"
      name="new-password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      hint={t('common.newPassword.hint', { min: PASSWORD_MIN_LENGTH })}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error ?? instantCheck(t, value, account)}
    />
  );
}

/**
 * What is wrong with the password so far. The API's rule says whether it is too guessable; asked
 * again without the name, it tells whether the e-mail address is the reason, so the words come
 * from this page's language.
 */
function instantCheck(
  t: TFunction,
  value: string,
  account: { email: string; name: string },
): string | undefined {
  if (value.length === 0) return undefined;
  if (value.length < PASSWORD_MIN_LENGTH) {
    return t('common.newPassword.moreNeeded', { count: PASSWORD_MIN_LENGTH - value.length });
  }
  if (passwordWeakness(value, account) === null) return undefined;
  return passwordWeakness(value, { ...account, name: '' }) === null
    ? t('common.newPassword.containsName')
    : t('common.newPassword.containsEmail');
}
