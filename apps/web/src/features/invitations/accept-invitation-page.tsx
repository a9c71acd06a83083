import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import type { MessageId } from '../../lib/i18n/message-ids.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useMe } from '../../lib/session.ts';
import { useAcceptInvitation } from './api/accept-invitation.ts';
import { useInvitation } from './api/get-invitation.ts';
import { useJoinWithInvitation } from './api/join-cohort.ts';

export function AcceptInvitationPage() {
  const t = useT();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const me = useMe();
  const join = useJoinWithInvitation();
  // Pre-filled from the invitation once it has loaded; what the person types wins.
  const [typedName, setName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const { message, fields } = formErrors(accept.error);

  if (invitation.isPending) {
    return (
      <AuthCard title={t('invitations.accept.title')}>
        <p role="status">{t('invitations.accept.checking')}</p>
      </AuthCard>
    );
  }
  if (invitation.isError) {
    return (
      <AuthCard title={t('invitations.accept.unusable')}>
        <Alert tone="error">{formErrors(invitation.error).message}</Alert>
        <p className="auth-links">
          <Link to="/login">{t('invitations.accept.goToSignIn')}</Link>
        </p>
      </AuthCard>
    );
  }

  const { email, invitedBy, cohortName, existingAccount } = invitation.data;
  const name = typedName ?? invitation.data.name;
  const invited = { invitedBy, email, cohort: cohortName ?? '' };

  if (existingAccount) {
    const signedInAsInvitee = me.data?.email.toLowerCase() === email;
    return (
      <AuthCard
        title={
          cohortName
            ? t('invitations.accept.join', { cohort: cohortName })
            : t('invitations.accept.haveAccount')
        }
        intro={
          <p>
            <T id={existingIntro(Boolean(cohortName), signedInAsInvitee)} values={invited} />
          </p>
        }
      >
        {join.error && <Alert tone="error">{formErrors(join.error).message}</Alert>}
        {join.isSuccess ? (
          <Alert tone="success">
            <p>{t('invitations.accept.joined')}</p>
            <p>
              {cohortName ? (
                <Link to="/welcome">{t('invitations.accept.seeWho', { cohort: cohortName })}</Link>
              ) : (
                <Link to="/">{t('invitations.accept.goToPraxis')}</Link>
              )}
            </p>
          </Alert>
        ) : signedInAsInvitee ? (
          <button
            type="button"
            className="button-primary"
            disabled={join.isPending}
            onClick={() => join.mutate(token)}
          >
            {cohortName
              ? t('invitations.accept.join', { cohort: cohortName })
              : t('invitations.accept.accept')}
          </button>
        ) : (
          <p className="auth-links">
            <Link to="/login" state={{ from: `/invite/${token}` }}>
              {t('invitations.accept.signInAs', { email })}
            </Link>
          </p>
        )}
      </AuthCard>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // On to a welcome: what Praxis is for, who else is in the cohort, and what to do first.
    accept.mutate(
      { token, name, password },
      { onSuccess: () => navigate('/welcome', { replace: true }) },
    );
  }

  return (
    <AuthCard
      title={t('invitations.accept.title')}
      intro={
        <p>
          <T
            id={cohortName ? 'invitations.accept.newToCohort' : 'invitations.accept.newToNetwork'}
            values={invited}
          />
        </p>
      }
    >
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('invitations.accept.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          readOnly
        />
        <FormField
          label={t('invitations.accept.name')}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
        />
        <NewPasswordField
          label={t('invitations.accept.password')}
          value={password}
          onChange={setPassword}
          account={{ email, name }}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={accept.isPending}>
          {t(accept.isPending ? 'invitations.accept.creating' : 'invitations.accept.create')}
        </button>
      </form>
    </AuthCard>
  );
}

/** What an invitee with an account reads: into a cohort or the network, signed in or not yet. */
function existingIntro(toCohort: boolean, signedIn: boolean): MessageId {
  if (toCohort) {
    return signedIn
      ? 'invitations.accept.existingCohortSignedIn'
      : 'invitations.accept.existingCohort';
  }
  return signedIn
    ? 'invitations.accept.existingNetworkSignedIn'
    : 'invitations.accept.existingNetwork';
}
