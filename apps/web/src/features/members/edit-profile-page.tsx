import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { AvatarEditor } from './components/avatar-editor.tsx';
import { ProfileForm } from './components/profile-form.tsx';

export function EditProfilePage() {
  useDocumentTitle('Your profile');
  const profile = useOwnProfile();
  return (
    <section className="page narrow">
      <h1>Your profile</h1>
      <p className="lead">
        What alumni see when they look for someone who has done it before.
        {profile.data && (
          <>
            {' '}
            <Link to={`/members/${profile.data.handle}`}>See your profile as others do</Link>
          </>
        )}
      </p>
      {profile.isPending && (
        <p className="loading" role="status">
          Loading your profile…
        </p>
      )}
      {profile.isError && <Alert tone="error">{formErrors(profile.error).message}</Alert>}
      {profile.data && (
        <>
          <AvatarEditor profile={profile.data} />
          <ProfileForm key={profile.data.id} profile={profile.data} />
        </>
      )}
    </section>
  );
}
