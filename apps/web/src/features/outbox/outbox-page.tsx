import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useOutbox } from './api/list-outbox.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Without an SMTP server, Praxis keeps its e-mail here so an admin can pass links on. */
export function OutboxPage() {
  useDocumentTitle('E-mail outbox');
  const outbox = useOutbox();
  const emails = outbox.data?.pages.flatMap((page) => page.emails) ?? [];
  return (
    <section className="page">
      <h1>E-mail outbox</h1>
      <p className="lead">
        No mail server is configured (SMTP_URL), so e-mail that Praxis would send is kept here,
        newest first.
      </p>
      {outbox.isError && <Alert tone="error">{formErrors(outbox.error).message}</Alert>}
      {outbox.isSuccess && emails.length === 0 && <p className="muted">The outbox is empty.</p>}
      <ol className="mail-list">
        {emails.map((email) => (
          <li key={email.id} className="mail">
            <h2 className="mail-subject">{email.subject}</h2>
            <p className="muted small">
              To {email.recipient} · {timeFormat.format(new Date(email.createdAt))}
            </p>
            <pre className="mail-body">{email.bodyText}</pre>
          </li>
        ))}
      </ol>
      <ShowMoreButton list={outbox} label="Show older" />
    </section>
  );
}
