import { InvitationStatus } from '@praxis/contracts/invitations';
import { SelectField } from '../../../components/form-field.tsx';
import type { InvitationFilters } from '../../../lib/api/list-invitations.ts';
import { useProgrammes } from '../../../lib/api/list-programmes.ts';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

const STATUS_CHOICES: Record<InvitationStatus, MessageId> = {
  pending: 'invitations.filters.pending',
  accepted: 'invitations.filters.accepted',
  expired: 'invitations.filters.expired',
  revoked: 'invitations.filters.withdrawn',
};

/** The filters as the address keeps them (?cohort=…&status=…), so a reload or a shared link keeps them. */
export function filtersFrom(params: URLSearchParams): InvitationFilters {
  const status = InvitationStatus.safeParse(params.get('status'));
  return {
    cohort: params.get('cohort') || undefined,
    status: status.success ? status.data : undefined,
  };
}

export function InvitationFilterBar({
  filters,
  onChange,
}: {
  filters: InvitationFilters;
  onChange(next: InvitationFilters): void;
}) {
  const t = useT();
  const programmes = useProgrammes();
  const cohorts = programmes.data?.programmes.flatMap((programme) => programme.cohorts) ?? [];
  const unknownCohort =
    filters.cohort &&
    programmes.isSuccess &&
    !cohorts.some((cohort) => cohort.id === filters.cohort);

  return (
    <div className="filter-bar">
      <SelectField
        label={t('invitations.filters.cohort')}
        value={filters.cohort ?? ''}
        onChange={(event) => onChange({ ...filters, cohort: event.target.value || undefined })}
      >
        <option value="">{t('invitations.filters.allCohorts')}</option>
        {unknownCohort && (
          <option value={filters.cohort}>{t('invitations.filters.chosenCohort')}</option>
        )}
        {programmes.data?.programmes.map((programme) =>
          programme.cohorts.length === 0 ? null : (
            <optgroup key={programme.id} label={programme.name}>
              {programme.cohorts.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </SelectField>
      <SelectField
        label={t('invitations.filters.status')}
        value={filters.status ?? ''}
        onChange={(event) => {
          const status = InvitationStatus.safeParse(event.target.value);
          onChange({ ...filters, status: status.success ? status.data : undefined });
        }}
      >
        <option value="">{t('invitations.filters.anyStatus')}</option>
        {InvitationStatus.options.map((status) => (
          <option key={status} value={status}>
            {t(STATUS_CHOICES[status])}
          </option>
        ))}
      </SelectField>
      {(filters.cohort || filters.status) && (
        <button type="button" className="button-link" onClick={() => onChange({})}>
          {t('invitations.filters.clear')}
        </button>
      )}
    </div>
  );
}
