import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { AvatarEditor } from './components/avatar-editor.tsx';
import { HistoryEditor } from './components/history-editor.tsx';
import { ProfileForm } from './components/profile-form.tsx';

export function EditProfilePage() {
  const t = useT();
  useDocumentTitle(t('members.edit.title'));
  const profile = useOwnProfile();
  return (
    <section className="page narrow">
      <h1>{t('members.edit.title')}</h1>
      <p className="lead">
        {t('members.edit.lead')}
        {profile.data && (
          <>
            {' '}
            <Link to={`/members/${profile.data.handle}`}>{t('members.edit.seeAsOthers')}</Link>
          </>
        )}
      </p>
      {profile.isPending && (
        <p className="loading" role="status">
          {t('members.edit.loading')}
        </p>
      )}
      {profile.isError && <Alert tone="error">{formErrors(profile.error).message}</Alert>}
      {profile.data && (
        <>
          <AvatarEditor profile={profile.data} />
          <ProfileForm key={profile.data.id} profile={profile.data} />
          <HistoryEditor positions={profile.data.positions} />
        </>
      )}
    </section>
  );
}
