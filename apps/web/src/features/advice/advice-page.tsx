import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useAdviserSettings } from './api/get-adviser-settings.ts';
import { AdviceRequests } from './components/advice-requests.tsx';
import { AdviserLimitsForm } from './components/adviser-limits-form.tsx';
import './advice.css';

/** The adviser's own page: their limits, the thanks they received and the requests to answer. */
export function AdvicePage() {
  const t = useT();
  useDocumentTitle(t('members.advising.title'));
  const me = useOwnProfile().data;
  const settings = useAdviserSettings();
  return (
    <section className="page narrow advice-page">
      <h1>{t('members.advising.title')}</h1>
      {settings.data && (
        <p className="lead">
          {t('members.advising.helped', { count: settings.data.helpedCount })}{' '}
          {me && <Link to={`/members/${me.handle}`}>{t('members.advising.seeProfile')}</Link>}
        </p>
      )}
      {settings.isError && <Alert tone="error">{formErrors(settings.error).message}</Alert>}
      {settings.data && <AdviserLimitsForm settings={settings.data} />}
      {me && <AdviceRequests memberId={me.id} />}
    </section>
  );
}
