import type { PilotDetail } from '@praxis/contracts/pilots';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { CookedHtml } from '../../components/cooked-html.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { PilotStageBadge } from '../../components/pilot-stage-badge.tsx';
import { ShowcasePublishPanel } from '../../components/showcase-publish-panel.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useMe } from '../../lib/session.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { usePilot } from './api/get-pilot.ts';
import { FollowButton } from './components/follow-button.tsx';
import { LinksPanel } from './components/links-panel.tsx';
import { PilotFacts } from './components/pilot-facts.tsx';
import { PilotTimeline } from './components/pilot-timeline.tsx';
import { TeamPanel } from './components/team-panel.tsx';
import { UpdateComposer } from './components/update-composer.tsx';
import './pilots.css';

export function PilotPage() {
  const { id = '' } = useParams();
  const t = useT();
  const pilot = usePilot(id);
  const organiser = (useMe().data?.role ?? 'member') !== 'member';
  useDocumentTitle(pilot.data?.name ?? t('pilots.pilot.documentTitle'));

  if (pilot.isPending) {
    return (
      <p className="loading" role="status">
        {t('pilots.pilot.loading')}
      </p>
    );
  }
  if (pilot.isError) {
    const missing = pilot.error instanceof ApiError && pilot.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{t(missing ? 'pilots.pilot.notFound' : 'pilots.pilot.cannotShow')}</h1>
        <Alert tone="error">{formErrors(pilot.error).message}</Alert>
        <p>
          <Link to="/pilots">{t('pilots.pilot.allPilots')}</Link>
        </p>
      </section>
    );
  }

  const detail = pilot.data;
  return (
    <article className="page pilot-page">
      <p className="back-link">
        <Link to={detail.programme ? `/pilots?programme=${detail.programme.id}` : '/pilots'}>
          {t('pilots.pilot.allPilots')}
        </Link>
      </p>
      <PilotHeader pilot={detail} />
      <div className="pilot-layout">
        <div className="pilot-main">
          {detail.summaryHtml ? (
            <CookedHtml html={detail.summaryHtml} className="prose" lang={detail.language} />
          ) : (
            <p className="muted">{t('pilots.pilot.noSummary')}</p>
          )}
          {organiser && <ShowcasePublishPanel source={{ pilotId: detail.id }} />}
          <section aria-labelledby="timeline-heading" className="pilot-timeline-section">
            <h2 id="timeline-heading">{t('pilots.timeline.heading')}</h2>
            {detail.canPostUpdates && <UpdateComposer pilot={detail} />}
            <PilotTimeline pilot={detail} />
          </section>
        </div>
        <aside className="pilot-aside" aria-label={t('pilots.pilot.aboutLabel')}>
          <TeamPanel pilot={detail} />
          <LinksPanel pilot={detail} />
        </aside>
      </div>
    </article>
  );
}

function PilotHeader({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  return (
    <header className="pilot-header">
      <p className="thread-markers">
        <PilotStageBadge stage={pilot.stage} />
        {pilot.visibility === 'cohort' && pilot.cohort && (
          <span className="cohort-badge">
            {t('pilots.pilot.onlyCohort', { cohort: pilot.cohort.name })}
          </span>
        )}
      </p>
      <h1 lang={pilot.language}>{pilot.name}</h1>
      {pilot.stage === 'stopped' && pilot.stopReason && (
        <Alert tone="info">
          <p>
            <strong>{t('pilots.pilot.stoppedBecause')}</strong>
          </p>
          <p className="pilot-stop-reason">{pilot.stopReason}</p>
        </Alert>
      )}
      <PilotFacts pilot={pilot} />
      <div className="post-actions">
        <FollowButton pilot={pilot} />
        {pilot.canEdit && (
          <Link className="action-button" to={`/pilots/${pilot.id}/edit`}>
            {t('pilots.pilot.edit')}
          </Link>
        )}
      </div>
    </header>
  );
}
