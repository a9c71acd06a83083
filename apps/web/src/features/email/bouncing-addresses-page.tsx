import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { LabelledCell } from '../../components/stacked-table.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useBouncingAddresses } from './api/list-bouncing-addresses.ts';

/** For admins: addresses mail bounced from, so someone can reach those members another way. */
export function BouncingAddressesPage() {
  const t = useT();
  const intl = useIntl();
  useDocumentTitle(t('email.bounces.title'));
  const list = useBouncingAddresses();
  const addresses = list.data?.pages.flatMap((page) => page.addresses) ?? [];
  return (
    <section className="page">
      <h1>{t('email.bounces.title')}</h1>
      <p className="lead">{t('email.bounces.lead')}</p>
      {list.isError && <Alert tone="error">{formErrors(list.error).message}</Alert>}
      {list.isPending && (
        <p className="loading" role="status">
          {t('email.bounces.loading')}
        </p>
      )}
      {list.isSuccess && addresses.length === 0 && (
        <p className="empty-state">{t('email.bounces.empty')}</p>
      )}
      {addresses.length > 0 && (
        <table className="table stacked-table">
          <caption className="visually-hidden">{t('email.bounces.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('email.bounces.address')}</th>
              <th scope="col">{t('email.bounces.member')}</th>
              <th scope="col">{t('email.bounces.status')}</th>
              <th scope="col">{t('email.bounces.lastBounce')}</th>
            </tr>
          </thead>
          <tbody>
            {addresses.map((entry) => (
              <tr key={entry.address}>
                <LabelledCell label={t('email.bounces.address')}>{entry.address}</LabelledCell>
                <LabelledCell label={t('email.bounces.member')}>
                  {entry.member ? (
                    <Link to={`/members/${entry.member.handle}`}>{entry.member.name}</Link>
                  ) : (
                    <span className="muted">{t('email.bounces.noMember')}</span>
                  )}
                </LabelledCell>
                <LabelledCell label={t('email.bounces.status')}>
                  {entry.hard
                    ? t('email.bounces.stopped')
                    : t('email.bounces.retrying', { count: entry.softBounces })}
                </LabelledCell>
                <LabelledCell label={t('email.bounces.lastBounce')}>
                  {intl.formatDate(entry.lastBouncedAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                  {entry.lastBounce && <div className="muted small">{entry.lastBounce}</div>}
                </LabelledCell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMoreButton list={list} label={t('email.bounces.showOlder')} />
    </section>
  );
}
