import { useIntl } from 'react-intl';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useOutbox } from './api/list-outbox.ts';

/** Without an SMTP server, Praxis keeps its e-mail here so an admin can pass links on. */
export function OutboxPage() {
  const t = useT();
  const intl = useIntl();
  useDocumentTitle(t('outbox.page.title'));
  const outbox = useOutbox();
  const emails = outbox.data?.pages.flatMap((page) => page.emails) ?? [];
  return (
    <section className="page">
      <h1>{t('outbox.page.title')}</h1>
      <p className="lead">{t('outbox.page.lead')}</p>
      {outbox.isError && <Alert tone="error">{formErrors(outbox.error).message}</Alert>}
      {outbox.isSuccess && emails.length === 0 && <p className="muted">{t('outbox.page.empty')}</p>}
      <ol className="mail-list">
        {emails.map((email) => (
          <li key={email.id} className="mail">
            <h2 className="mail-subject">{email.subject}</h2>
            <p className="muted small">
              {t('outbox.mail.meta', {
                recipient: email.recipient,
                time: intl.formatDate(email.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </p>
            <pre className="mail-body">{email.bodyText}</pre>
          </li>
        ))}
      </ol>
      <ShowMoreButton list={outbox} label={t('outbox.page.showOlder')} />
    </section>
  );
}
