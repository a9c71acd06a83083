import type { LiveEvent } from '@praxis/contracts/realtime';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useLiveTopic } from '../../lib/realtime.ts';
import { useBatchedRefresh } from '../../lib/use-batched-refresh.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { checkInRosterKey, useCheckInRoster } from './api/get-check-in-roster.ts';
import { useMeetup } from './api/get-meetup.ts';
import { AttendanceList } from './components/attendance-list.tsx';
import { CheckInPoster } from './components/check-in-poster.tsx';
import { MeetupWhen } from './components/meetup-when.tsx';

/** The organisers' page at the door: the venue's QR code, and the list of who is there. */
export function CheckInPage() {
  const { id = '' } = useParams();
  const t = useT();
  const meetup = useMeetup(id);
  const manage = meetup.data?.can.manage === true;
  const roster = useCheckInRoster(id, manage);
  const queryClient = useQueryClient();
  useDocumentTitle(
    meetup.data
      ? t('meetups.checkIn.documentTitle', { title: meetup.data.title })
      : t('meetups.meetup.documentTitle'),
  );
  // Members checking in at the door, and answers changing, show up as they happen.
  const refresh = useBatchedRefresh(() =>
    queryClient.invalidateQueries({ queryKey: checkInRosterKey(id) }),
  );
  useLiveTopic(manage ? `meetup:${id}` : null, (event: LiveEvent | null) => {
    if (!event || (event.name === 'meetup.changed' && event.what !== 'agenda')) refresh();
  });

  if (meetup.isPending) {
    return (
      <p className="loading" role="status">
        {t('meetups.meetup.loading')}
      </p>
    );
  }
  if (meetup.isError || !manage) {
    return (
      <section className="page narrow">
        <h1>{t('meetups.checkIn.heading')}</h1>
        <Alert tone="error">
          {meetup.isError ? formErrors(meetup.error).message : t('meetups.checkIn.onlyOrganisers')}
        </Alert>
        <p>
          <Link to={`/meetups/${id}`}>{t('meetups.checkIn.backToMeetup')}</Link>
        </p>
      </section>
    );
  }

  const detail = meetup.data;
  return (
    <article className="page check-in-page">
      <p className="back-link">
        <Link to={`/meetups/${id}`}>{detail.title}</Link>
      </p>
      <header className="check-in-header">
        <h1>{t('meetups.checkIn.heading')}</h1>
        <p className="lead">
          {detail.title}
          {detail.startsAt && detail.endsAt && (
            <>
              {' · '}
              <MeetupWhen
                startsAt={detail.startsAt}
                endsAt={detail.endsAt}
                timezone={detail.timezone}
              />
            </>
          )}
        </p>
      </header>
      {detail.status === 'cancelled' ? (
        <Alert tone="info">{t('meetups.meetup.cancelled')}</Alert>
      ) : (
        <div className="check-in-columns">
          <CheckInPoster meetupId={id} title={detail.title} />
          {roster.isError ? (
            <Alert tone="error">{formErrors(roster.error).message}</Alert>
          ) : roster.data ? (
            <AttendanceList roster={roster.data} />
          ) : (
            <p className="loading">{t('meetups.attendance.loading')}</p>
          )}
        </div>
      )}
    </article>
  );
}
