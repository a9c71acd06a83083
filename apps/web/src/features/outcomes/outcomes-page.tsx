import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { outcomesSearch, useOutcomes } from './api/get-outcomes.ts';
import { Definitions } from './components/definitions.tsx';
import { OutcomeFilters } from './components/outcome-filters.tsx';
import { OutcomeSections } from './components/outcome-sections.tsx';
import { ScopeLine } from './components/scope-line.tsx';
import { queryFrom } from './outcomes-search-params.ts';
import './outcomes.css';

export { OutcomesReportPage } from './report-page.tsx';

/** What the network does and gets from it, for organisers: figures by programme, cohort and months. */
export function OutcomesPage() {
  const t = useT();
  useDocumentTitle(t('outcomes.page.title'));
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const outcomes = useOutcomes(query);
  const errors = formErrors(outcomes.error);
  const search = outcomesSearch(query);
  return (
    <section className="page outcomes-page">
      <h1>{t('outcomes.page.title')}</h1>
      <p className="lead">{t('outcomes.page.lead')}</p>
      <OutcomeFilters
        key={search}
        query={query}
        fields={errors.fields}
        onApply={(next) => setParams(new URLSearchParams(outcomesSearch(next)))}
      />
      <p>
        <Link className="button-secondary" to={`/outcomes/report${search ? `?${search}` : ''}`}>
          {t('outcomes.page.reportLink')}
        </Link>
      </p>
      {/* A refused period or scope is said beside its field; anything else here. */}
      {errors.message && Object.keys(errors.fields).length === 0 && (
        <Alert tone="error">{errors.message}</Alert>
      )}
      {outcomes.isPending && <p className="muted">{t('outcomes.page.loading')}</p>}
      {outcomes.data && !outcomes.isError && (
        <>
          <ScopeLine outcomes={outcomes.data} />
          <OutcomeSections outcomes={outcomes.data} />
        </>
      )}
      <Definitions />
    </section>
  );
}
