import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useRequestEmailChange } from '../api/change-email.ts';

/** The account page's form to move the account to another e-mail address. */
export function EmailChange() {
  const t = useT();
  const change = useRequestEmailChange();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const { message, fields } = formErrors(change.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({ newEmail, password }, { onSuccess: () => setPassword('') });
  }

  return (
    <section aria-labelledby="email-change-heading">
      <h2 id="email-change-heading">{t('careers.emailChange.heading')}</h2>
      <p className="muted">{t('careers.emailChange.hint')}</p>
      {change.isSuccess && <Alert tone="success">{change.data.message}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('careers.emailChange.newEmail')}
          type="email"
          name="new-email"
          autoComplete="email"
          required
          value={newEmail}
          onChange={(event) => setNewEmail(event.target.value)}
          error={fields.newEmail}
        />
        <FormField
          label={t('careers.emailChange.password')}
          type="password"
          name="email-change-password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={change.isPending}>
          {t('careers.emailChange.submit')}
        </button>
      </form>
    </section>
  );
}
