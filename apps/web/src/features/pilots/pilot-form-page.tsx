import type { AccountMember } from '@praxis/contracts/members';
import type { PilotDetail } from '@praxis/contracts/pilots';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useProgrammes } from '../../lib/api/list-programmes.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCreatePilot } from './api/create-pilot.ts';
import { useDeletePilot } from './api/delete-pilot.ts';
import { usePilot } from './api/get-pilot.ts';
import { useUpdatePilot } from './api/update-pilot.ts';
import { PilotForm } from './components/pilot-form.tsx';
import './pilots.css';

/** A new pilot, of a programme the member has a cohort in (organisers: any programme). */
export function NewPilotPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('pilots.form.newTitle'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const programmes = useProgrammes();
  const own = useOwnProfile();
  const create = useCreatePilot();
  const mine = new Set(own.data?.cohorts.map((cohort) => cohort.id));
  const choices = (programmes.data?.programmes ?? []).filter(
    (programme) =>
      member.role !== 'member' || programme.cohorts.some((cohort) => mine.has(cohort.id)),
  );
  const asked = searchParams.get('programme');
  const programmeId = choices.find((each) => each.id === asked)?.id ?? choices[0]?.id ?? '';

  return (
    <section className="page narrow">
      <p className="back-link">
        <Link to="/pilots">{t('pilots.pilot.allPilots')}</Link>
      </p>
      <h1>{t('pilots.form.newTitle')}</h1>
      <p className="lead">{t('pilots.form.newLead')}</p>
      {programmes.isError && <Alert tone="error">{formErrors(programmes.error).message}</Alert>}
      {(programmes.isPending || own.isPending) && (
        <p className="loading" role="status">
          {t('pilots.form.loading')}
        </p>
      )}
      {programmes.isSuccess && own.isSuccess && choices.length === 0 && (
        <p className="empty-state">{t('pilots.form.noProgramme')}</p>
      )}
      {programmes.isSuccess && own.isSuccess && choices.length > 0 && (
        <PilotForm
          isNew
          programmes={choices}
          start={{
            name: '',
            summary: '',
            programmeId,
            trackId: null,
            cohortId: null,
            visibility: 'network',
            organisations: own.data.organisation ? [own.data.organisation] : [],
            startsOn: null,
            endsOn: null,
            stage: 'idea',
          }}
          error={create.error}
          pending={create.isPending}
          submitLabel={t('pilots.form.create')}
          onSubmit={(fields) =>
            create.mutate(fields, { onSuccess: (pilot) => navigate(`/pilots/${pilot.id}`) })
          }
          cancel={
            <Link className="button-secondary" to="/pilots">
              {t('pilots.form.cancel')}
            </Link>
          }
        />
      )}
    </section>
  );
}

/** Its team and organisers change a pilot's profile; the stage moves with an update. */
export function EditPilotPage() {
  const { id = '' } = useParams();
  const t = useT();
  const pilot = usePilot(id);
  const programmes = useProgrammes();
  useDocumentTitle(t('pilots.form.editTitle'));

  return (
    <section className="page narrow">
      <p className="back-link">
        <Link to={`/pilots/${id}`}>{pilot.data?.name ?? t('pilots.pilot.documentTitle')}</Link>
      </p>
      <h1>{t('pilots.form.editTitle')}</h1>
      {pilot.isError && <Alert tone="error">{formErrors(pilot.error).message}</Alert>}
      {programmes.isError && <Alert tone="error">{formErrors(programmes.error).message}</Alert>}
      {pilot.data && !pilot.data.canEdit && (
        <Alert tone="info">{t('pilots.form.cannotEdit')}</Alert>
      )}
      {(pilot.isPending || programmes.isPending) && (
        <p className="loading" role="status">
          {t('pilots.form.loading')}
        </p>
      )}
      {pilot.data?.canEdit && programmes.data && (
        <>
          <EditForm pilot={pilot.data} programmes={programmes.data.programmes} />
          <DeletePilot pilot={pilot.data} />
        </>
      )}
    </section>
  );
}

function EditForm({
  pilot,
  programmes,
}: {
  pilot: PilotDetail;
  programmes: NonNullable<ReturnType<typeof useProgrammes>['data']>['programmes'];
}) {
  const t = useT();
  const navigate = useNavigate();
  const update = useUpdatePilot();
  return (
    <PilotForm
      isNew={false}
      programmes={programmes}
      start={{
        name: pilot.name,
        summary: pilot.summarySource,
        language: pilot.language,
        programmeId: pilot.programme?.id ?? '',
        trackId: pilot.track?.id ?? null,
        cohortId: pilot.cohort?.id ?? null,
        visibility: pilot.visibility,
        organisations: pilot.organisations,
        startsOn: pilot.startsOn,
        endsOn: pilot.endsOn,
        stage: 'idea',
      }}
      error={update.error}
      pending={update.isPending}
      submitLabel={t('pilots.form.save')}
      onSubmit={({ programmeId: _programme, stage: _stage, ...change }) =>
        update.mutate(
          { id: pilot.id, ...change },
          { onSuccess: () => navigate(`/pilots/${pilot.id}`) },
        )
      }
      cancel={
        <Link className="button-secondary" to={`/pilots/${pilot.id}`}>
          {t('pilots.form.cancel')}
        </Link>
      }
    />
  );
}

function DeletePilot({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const remove = useDeletePilot();
  return (
    <section className="panel pilot-delete" aria-labelledby="delete-pilot-heading">
      <h2 id="delete-pilot-heading">{t('pilots.delete.heading')}</h2>
      <p className="muted">{t('pilots.delete.explain')}</p>
      {remove.error && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      <button
        type="button"
        className="button-secondary action-danger"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(t('pilots.delete.confirm', { name: pilot.name }))) {
            const to = pilot.programme ? `/pilots?programme=${pilot.programme.id}` : '/pilots';
            remove.mutate(pilot.id, { onSuccess: () => navigate(to, { replace: true }) });
          }
        }}
      >
        {t('pilots.delete.button')}
      </button>
    </section>
  );
}
