import type { Programme } from '@praxis/contracts/cohorts';
import { PILOT_STAGES, type PilotSummary } from '@praxis/contracts/pilots';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useProgrammes } from '../../lib/api/list-programmes.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { uniqueById } from '../../lib/unique-by-id.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { type BoardFilters, usePilotBoard } from './api/list-pilots.ts';
import { boardFiltersFrom, boardParamsFrom } from './board-search-params.ts';
import { BoardFilterBar } from './components/board-filter-bar.tsx';
import { PilotCard } from './components/pilot-card.tsx';
import './pilots.css';

/** The pilots of one programme by stage, the member's own programme unless another is chosen. */
export function PilotsBoardPage() {
  const t = useT();
  useDocumentTitle(t('pilots.board.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = boardFiltersFrom(searchParams);
  const programmes = useProgrammes();
  const own = useOwnProfile();
  const list = programmes.data?.programmes ?? [];
  const programme =
    list.find((each) => each.id === chosen.programme) ??
    (chosen.programme ? undefined : ownProgramme(list, own.data?.cohorts ?? []));
  const filters: BoardFilters = { ...chosen, programme: programme?.id ?? chosen.programme };
  const ready = programmes.isSuccess && (own.isSuccess || own.isError);
  const board = usePilotBoard(filters, ready && list.length > 0);
  const pilots = uniqueById(board.data?.pages.flatMap((page) => page.pilots) ?? []);
  const counts = board.data?.pages[0]?.counts;
  const stages = filters.stage ? [filters.stage] : PILOT_STAGES;
  const narrowed = Boolean(filters.track || filters.cohort || filters.stage || filters.q);
  const navigate = (next: BoardFilters) =>
    setSearchParams(boardParamsFrom(next), { preventScrollReset: true });

  return (
    <section className="page wide pilots-board-page">
      <div className="page-heading">
        <div>
          <h1>{t('pilots.board.title')}</h1>
          <p className="lead">{t('pilots.board.lead')}</p>
        </div>
        <Link
          className="button-primary"
          to={programme ? `/pilots/new?programme=${programme.id}` : '/pilots/new'}
        >
          {t('pilots.board.newPilot')}
        </Link>
      </div>
      {programmes.isError && <Alert tone="error">{formErrors(programmes.error).message}</Alert>}
      {programmes.isSuccess && list.length === 0 && (
        <p className="empty-state">{t('pilots.board.noProgrammes')}</p>
      )}
      {list.length > 0 && (
        <BoardFilterBar
          programmes={list}
          programme={programme}
          filters={filters}
          onChange={navigate}
        />
      )}
      {board.isPending && ready && list.length > 0 && (
        <p className="loading" role="status">
          {t('pilots.board.loading')}
        </p>
      )}
      {board.isError && <Alert tone="error">{formErrors(board.error).message}</Alert>}
      {board.isSuccess && pilots.length === 0 && (
        <div className="empty-state">
          <p>{t(narrowed ? 'pilots.board.noMatch' : 'pilots.board.empty')}</p>
          {narrowed && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => navigate({ programme: filters.programme })}
            >
              {t('pilots.filters.clear')}
            </button>
          )}
        </div>
      )}
      {pilots.length > 0 && (
        <div
          className={`pilot-board${stages.length === 1 ? ' pilot-board-one' : ''}`}
          aria-busy={board.isFetching && !board.isFetchingNextPage}
        >
          {stages.map((stage) => (
            <StageColumn
              key={stage}
              stage={stage}
              count={counts?.[stage] ?? 0}
              pilots={pilots.filter((pilot) => pilot.stage === stage)}
            />
          ))}
        </div>
      )}
      <div className="show-more">
        <ShowMoreButton list={board} label={t('pilots.board.showMore')} />
      </div>
    </section>
  );
}

function StageColumn({
  stage,
  count,
  pilots,
}: {
  stage: PilotSummary['stage'];
  count: number;
  pilots: PilotSummary[];
}) {
  const t = useT();
  const headingId = `stage-${stage}-heading`;
  return (
    <section className={`pilot-column pilot-column-${stage}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="pilot-column-heading">
        {t('pilots.board.column', { stage, count })}
      </h2>
      {pilots.length === 0 ? (
        <p className="muted small">{t('pilots.board.columnEmpty')}</p>
      ) : (
        <ul className="pilot-cards">
          {pilots.map((pilot) => (
            <li key={pilot.id}>
              <PilotCard pilot={pilot} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The programme of the member's first cohort; an organiser in none, or a member whose cohorts'
 * programme has gone, sees the first programme.
 */
function ownProgramme(programmes: Programme[], cohorts: { id: string }[]): Programme | undefined {
  for (const cohort of cohorts) {
    const found = programmes.find((each) => each.cohorts.some((one) => one.id === cohort.id));
    if (found) return found;
  }
  return programmes[0];
}
