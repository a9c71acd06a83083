import { PASSWORD_MIN_LENGTH, passwordWeakness } from '@praxis/contracts/passwords';
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
  label = 'New password',
  value,
  onChange,
  account,
  error,
}: NewPasswordFieldProps) {
  const instant =
    value.length === 0
      ? undefined
      : value.length < PASSWORD_MIN_LENGTH
        ? `${PASSWORD_MIN_LENGTH - value.length} more characters needed.`
        : (passwordWeakness(value, account) ?? undefined);
  return (
    <FormField
      label={label}
      type="password"
      name="new-password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      hint={`At least ${PASSWORD_MIN_LENGTH} characters, not containing your name or e-mail. A short sentence works well.`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error ?? instant}
    />
  );
}
