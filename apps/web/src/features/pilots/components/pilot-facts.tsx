import type { PilotDetail } from '@praxis/contracts/pilots';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useTrackName } from '../../../lib/use-track-name.ts';
import { plainDate } from '../../../lib/zoned-time.ts';

/** Where a pilot came from, who runs it and when. */
export function PilotFacts({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const intl = useIntl();
  const trackName = useTrackName();
  const day = (iso: string) => plainDate(iso, intl.locale);
  const dates =
    pilot.startsOn && pilot.endsOn
      ? t('pilots.facts.fromTo', { from: day(pilot.startsOn), to: day(pilot.endsOn) })
      : pilot.startsOn
        ? t('pilots.facts.since', { from: day(pilot.startsOn) })
        : pilot.endsOn
          ? t('pilots.facts.until', { to: day(pilot.endsOn) })
          : null;
  return (
    <dl className="facts pilot-facts">
      {pilot.programme && (
        <>
          <dt>{t('pilots.facts.programme')}</dt>
          <dd>
            <Link to={`/pilots?programme=${pilot.programme.id}`}>{pilot.programme.name}</Link>
          </dd>
        </>
      )}
      {pilot.track && (
        <>
          <dt>{t('pilots.facts.track')}</dt>
          <dd>{trackName(pilot.track)}</dd>
        </>
      )}
      {pilot.cohort && (
        <>
          <dt>{t('pilots.facts.cohort')}</dt>
          <dd>
            <Link to={`/cohorts/${pilot.cohort.id}`}>{pilot.cohort.name}</Link>
          </dd>
        </>
      )}
      {pilot.organisations.length > 0 && (
        <>
          <dt>{t('pilots.facts.organisations', { count: pilot.organisations.length })}</dt>
          <dd>{pilot.organisations.join(' · ')}</dd>
        </>
      )}
      {dates && (
        <>
          <dt>{t('pilots.facts.dates')}</dt>
          <dd>{dates}</dd>
        </>
      )}
      <dt>{t('pilots.facts.followers')}</dt>
      <dd>{t('pilots.facts.followerCount', { count: pilot.followerCount })}</dd>
    </dl>
  );
}
