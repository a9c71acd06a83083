import type { ErasureMode } from '@praxis/contracts/data-rights';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useDeleteMember } from './api/delete-member.ts';
import { useRequestMemberExport } from './api/request-member-export.ts';
import { ConfirmDeletion } from './components/confirm-deletion.tsx';
import { ErasureChoice } from './components/erasure-choice.tsx';
import './data-rights.css';

/** An admin exports or deletes a member's account on their behalf. */
export function MemberDataPage() {
  const t = useT();
  const handle = useParams().handle ?? '';
  useDocumentTitle(t('dataRights.admin.title', { handle }));
  const exporting = useRequestMemberExport();
  const deletion = useDeleteMember();
  const [mode, setMode] = useState<ErasureMode | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const exportError = formErrors(exporting.error).message;
  const { message, fields } = formErrors(deletion.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mode) {
      setMissing(t('dataRights.memberMode.choose'));
      return;
    }
    setMissing(undefined);
    deletion.mutate({ handle, mode, reason });
  }

  return (
    <section className="page narrow data-rights">
      <p>
        <Link to={`/members/${handle}`}>{t('dataRights.admin.back')}</Link>
      </p>
      <h1>{t('dataRights.admin.title', { handle })}</h1>

      <h2>{t('dataRights.admin.exportHeading')}</h2>
      <p className="muted">{t('dataRights.admin.exportHint')}</p>
      {exportError && <Alert tone="error">{exportError}</Alert>}
      {exporting.isSuccess && <Alert tone="success">{t('dataRights.admin.exportStarted')}</Alert>}
      <button
        type="button"
        className="button-secondary"
        disabled={exporting.isPending || exporting.isSuccess}
        onClick={() => exporting.mutate(handle)}
      >
        {t('dataRights.admin.export')}
      </button>

      <h2>{t('dataRights.admin.deleteHeading')}</h2>
      <p className="muted">{t('dataRights.admin.deleteHint')}</p>
      {message && <Alert tone="error">{message}</Alert>}
      {deletion.isSuccess ? (
        <Alert tone="success">{t('dataRights.admin.deleted')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErasureChoice
            whose="member"
            mode={mode}
            onChange={setMode}
            error={missing ?? fields.mode}
          />
          <FormField
            label={t('dataRights.admin.reason')}
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={fields.reason}
          />
          <ConfirmDeletion
            confirm={t('dataRights.admin.confirm')}
            submit={t('dataRights.admin.delete')}
            pending={deletion.isPending}
          />
        </form>
      )}
    </section>
  );
}
