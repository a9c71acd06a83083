import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { outcomesSearch, useOutcomes } from './api/get-outcomes.ts';
import { Definitions } from './components/definitions.tsx';
import { OutcomeSections } from './components/outcome-sections.tsx';
import { ScopeLine } from './components/scope-line.tsx';
import { queryFrom } from './outcomes-search-params.ts';

/**
 * The dashboard's figures as a report for funders, made to be printed or saved as PDF by the
 * browser: every table open, and in print no navigation, each section on a new page.
 */
export function OutcomesReportPage() {
  const t = useT();
  useDocumentTitle(t('outcomes.report.title'));
  const [params] = useSearchParams();
  const query = queryFrom(params);
  const outcomes = useOutcomes(query);
  const search = outcomesSearch(query);
  return (
    <article className="page outcomes-report">
      <div className="no-print outcome-report-tools">
        <Link to={`/outcomes${search ? `?${search}` : ''}`}>{t('outcomes.report.back')}</Link>
        <button type="button" onClick={() => window.print()}>
          {t('outcomes.report.print')}
        </button>
      </div>
      <h1>{t('outcomes.report.title')}</h1>
      {outcomes.isError && <Alert tone="error">{formErrors(outcomes.error).message}</Alert>}
      {outcomes.isPending && <p className="muted">{t('outcomes.page.loading')}</p>}
      {outcomes.data && (
        <>
          <ScopeLine outcomes={outcomes.data} />
          <p className="muted small">{t('outcomes.report.intro')}</p>
          <OutcomeSections outcomes={outcomes.data} printable />
        </>
      )}
      <Definitions />
    </article>
  );
}
