import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useMe } from '../../lib/session.ts';
import { useAcceptInvitation } from './api/accept-invitation.ts';
import { useInvitation } from './api/get-invitation.ts';
import { useJoinWithInvitation } from './api/join-cohort.ts';

export function AcceptInvitationPage() {
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
      <AuthCard title="Join Praxis">
        <p role="status">Checking your invitation…</p>
      </AuthCard>
    );
  }
  if (invitation.isError) {
    return (
      <AuthCard title="This invitation cannot be used">
        <Alert tone="error">{formErrors(invitation.error).message}</Alert>
        <p className="auth-links">
          <Link to="/login">Go to sign in</Link>
        </p>
      </AuthCard>
    );
  }

  const { email, invitedBy, cohortName, existingAccount } = invitation.data;
  const name = typedName ?? invitation.data.name;
  const into = cohortName ? (
    <>
      {' '}
      to <strong>{cohortName}</strong> on Praxis
    </>
  ) : (
    ' to the network'
  );

  if (existingAccount) {
    const signedInAsInvitee = me.data?.email.toLowerCase() === email;
    return (
      <AuthCard
        title={cohortName ? `Join ${cohortName}` : 'You already have an account'}
        intro={
          <p>
            {invitedBy} invited <strong>{email}</strong>
            {into}. This address already has a Praxis account
            {signedInAsInvitee ? ', and you are signed in with it.' : ': sign in with it first.'}
          </p>
        }
      >
        {join.error && <Alert tone="error">{formErrors(join.error).message}</Alert>}
        {join.isSuccess ? (
          <Alert tone="success">
            <p>You are in. </p>
            <p>
              {cohortName ? (
                <Link to="/welcome">See who is in {cohortName}</Link>
              ) : (
                <Link to="/">Go to Praxis</Link>
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
            {cohortName ? `Join ${cohortName}` : 'Accept the invitation'}
          </button>
        ) : (
          <p className="auth-links">
            <Link to="/login" state={{ from: `/invite/${token}` }}>
              Sign in as {email}
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
      title="Join Praxis"
      intro={
        <p>
          {invitedBy} invited <strong>{email}</strong>
          {into}. Choose how your name appears and a password.
        </p>
      }
    >
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label="E-mail"
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          readOnly
        />
        <FormField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
        />
        <NewPasswordField
          label="Password"
          value={password}
          onChange={setPassword}
          account={{ email, name }}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={accept.isPending}>
          {accept.isPending ? 'Creating your account…' : 'Create my account'}
        </button>
      </form>
    </AuthCard>
  );
}
