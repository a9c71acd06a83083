import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useAcceptInvitation } from './api/accept-invitation.ts';
import { useInvitation } from './api/get-invitation.ts';

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
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

  const { email, invitedBy } = invitation.data;
  function submit(event: FormEvent) {
    event.preventDefault();
    accept.mutate({ token, name, password }, { onSuccess: () => navigate('/', { replace: true }) });
  }

  return (
    <AuthCard
      title="Join Praxis"
      intro={
        <p>
          {invitedBy} invited <strong>{email}</strong> to the network. Choose how your name appears
          and a password.
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
