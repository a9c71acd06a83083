import type { ErasureMode } from '@praxis/contracts/data-rights';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useDeleteAccount } from '../api/delete-account.ts';
import { ConfirmDeletion } from './confirm-deletion.tsx';
import { ErasureChoice } from './erasure-choice.tsx';

/** "Delete my account": the choice about posts, the password, and a last confirmation. */
export function DeletionSection() {
  const t = useT();
  const navigate = useNavigate();
  const deletion = useDeleteAccount();
  const [mode, setMode] = useState<ErasureMode | null>(null);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const { message, fields } = formErrors(deletion.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mode) {
      setMissing(t('dataRights.delete.chooseMode'));
      return;
    }
    setMissing(undefined);
    deletion.mutate(
      { mode, password },
      { onSuccess: () => navigate('/login?deleted=1', { replace: true }) },
    );
  }

  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('dataRights.delete.heading')}</h2>
      <p className="muted">{t('dataRights.delete.hint')}</p>
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <ErasureChoice mode={mode} onChange={setMode} error={missing ?? fields.mode} />
        <FormField
          label={t('dataRights.delete.password')}
          type="password"
          name="current-password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
        <ConfirmDeletion
          confirm={t('dataRights.delete.confirm')}
          submit={t('dataRights.delete.submit')}
          pending={deletion.isPending}
        />
      </form>
    </section>
  );
}
