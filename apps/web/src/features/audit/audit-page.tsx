import type { AuditFilters as Filters } from '@praxis/contracts/audit';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { auditSearch, useAuditEntries } from './api/list-audit-entries.ts';
import { AuditFilters, type AuditFilterValues } from './components/audit-filters.tsx';
import { AuditTable } from './components/audit-table.tsx';
import './audit.css';

const FILTERS = ['action', 'actor', 'targetType', 'fromDay', 'toDay'] as const;

/** The start of a calendar day in the reader's time zone, `days` later, as an instant. */
function dayStart(day: string, days = 0): string | undefined {
  const start = new Date(`${day}T00:00`);
  if (!day || Number.isNaN(start.getTime())) return undefined;
  start.setDate(start.getDate() + days);
  return start.toISOString();
}

/** For organisers and admins: what each of them did, when, to what and why; read-only. */
export function AuditPage() {
  const t = useT();
  useDocumentTitle(t('audit.page.title'));
  const [search, setSearch] = useSearchParams();
  const values = Object.fromEntries(
    FILTERS.map((name) => [name, search.get(name) ?? '']),
  ) as unknown as AuditFilterValues;
  const filters: Filters = {
    action: (values.action || undefined) as Filters['action'],
    actor: values.actor || undefined,
    targetType: (values.targetType || undefined) as Filters['targetType'],
    from: dayStart(values.fromDay),
    // The last day chosen counts whole: the period ends at the next day's start.
    to: dayStart(values.toDay, 1),
  };
  const list = useAuditEntries(filters);
  const entries = list.data?.pages.flatMap((page) => page.entries) ?? [];
  const filtered = FILTERS.some((name) => values[name]);

  const change = (name: keyof AuditFilterValues, value: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <section className="page">
      <h1>{t('audit.page.title')}</h1>
      <p className="lead">{t('audit.page.lead')}</p>
      <AuditFilters values={values} onChange={change} />
      <div className="audit-actions">
        <a className="button-secondary" href={`/api/audit.csv?${auditSearch(filters)}`} download>
          {t('audit.page.download')}
        </a>
        {filtered && (
          <button type="button" className="button-link" onClick={() => setSearch({})}>
            {t('audit.filters.clear')}
          </button>
        )}
      </div>
      {list.isError && <Alert tone="error">{formErrors(list.error).message}</Alert>}
      {list.isPending && (
        <p className="loading" role="status">
          {t('audit.page.loading')}
        </p>
      )}
      {list.isSuccess && entries.length === 0 && (
        <p className="empty-state">{t('audit.page.empty')}</p>
      )}
      {entries.length > 0 && <AuditTable entries={entries} />}
      <ShowMoreButton list={list} label={t('audit.page.showOlder')} />
    </section>
  );
}
