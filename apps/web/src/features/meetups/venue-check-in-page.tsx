import type { VenueCheckIn } from '@praxis/contracts/meetup-check-ins';
import { CHECK_IN_OPENS_MINUTES_BEFORE } from '@praxis/contracts/meetup-check-ins';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ApiError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCheckInAtVenue } from './api/check-in-at-venue.ts';
import { useVenueCheckIn } from './api/get-venue-check-in.ts';
import { useMoment } from './components/check-in-window.tsx';
import { MeetupWhen } from './components/meetup-when.tsx';

/**
 * Where the QR code at the door leads. Opening it while the meetup runs checks the member in:
 * scanning it is the intent, so there is nothing more to press.
 */
export function VenueCheckInPage() {
  const { token = '' } = useParams();
  const t = useT();
  const venue = useVenueCheckIn(token);
  const checkIn = useCheckInAtVenue(token);
  useDocumentTitle(t('meetups.venue.documentTitle'));
  const asked = useRef(false);
  const due = venue.data?.state === 'open' && venue.data.checkedInAt === null;
  useEffect(() => {
    if (!due || asked.current) return;
    asked.current = true;
    checkIn.mutate();
  }, [due, checkIn]);

  if (venue.isPending || (due && !checkIn.isError)) {
    return (
      <p className="loading" role="status">
        {t(venue.isPending ? 'meetups.venue.loading' : 'meetups.venue.checkingIn')}
      </p>
    );
  }
  if (venue.isError) {
    const status = venue.error instanceof ApiError ? venue.error.status : 0;
    return (
      <section className="page narrow venue-check-in">
        <h1>
          {t(status === 403 ? 'meetups.venue.notInvitedHeading' : 'meetups.venue.unknownHeading')}
        </h1>
        <Alert tone="error">{formErrors(venue.error).message}</Alert>
        <p>
          <Link to="/meetups">{t('meetups.nav.allMeetups')}</Link>
        </p>
      </section>
    );
  }
  return <VenueOutcome venue={venue.data} error={checkIn.error} />;
}

function VenueOutcome({ venue, error }: { venue: VenueCheckIn; error: Error | null }) {
  const t = useT();
  const moment = useMoment();
  const { meetup, window: opening } = venue;
  return (
    <section className="page narrow venue-check-in" aria-labelledby="venue-heading">
      <p className="venue-meetup">
        <Link to={`/meetups/${meetup.id}`}>{meetup.title}</Link>
      </p>
      {venue.checkedInAt ? (
        <div className="venue-outcome venue-in" role="status">
          <span className="venue-mark" aria-hidden="true">
            ✓
          </span>
          <h1 id="venue-heading">
            {t(venue.already ? 'meetups.venue.alreadyHeading' : 'meetups.venue.inHeading')}
          </h1>
          <p>
            {t(venue.already ? 'meetups.venue.alreadyAt' : 'meetups.venue.inAt', {
              time: moment(venue.checkedInAt, meetup.startsAt ?? undefined),
            })}
          </p>
        </div>
      ) : (
        <div className="venue-outcome">
          <h1 id="venue-heading">{t(HEADINGS[venue.state])}</h1>
          {error && <Alert tone="error">{formErrors(error).message}</Alert>}
          {venue.state === 'not_yet' && opening && (
            <p>
              {t('meetups.venue.opensAt', {
                time: moment(opening.opensAt),
                minutes: CHECK_IN_OPENS_MINUTES_BEFORE,
              })}
            </p>
          )}
          {venue.state === 'closed' && opening && (
            <p>{t('meetups.venue.closedAt', { time: moment(opening.closesAt) })}</p>
          )}
        </div>
      )}
      <dl className="facts">
        {meetup.startsAt && meetup.endsAt && (
          <>
            <dt>{t('meetups.meetup.when')}</dt>
            <dd>
              <MeetupWhen
                startsAt={meetup.startsAt}
                endsAt={meetup.endsAt}
                timezone={meetup.timezone}
              />
            </dd>
          </>
        )}
        {meetup.venue && (
          <>
            <dt>{t('meetups.meetup.where')}</dt>
            <dd>{meetup.venue}</dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/meetups/${meetup.id}`}>{t('meetups.venue.toMeetup')}</Link>
      </p>
    </section>
  );
}

const HEADINGS = {
  open: 'meetups.venue.openHeading',
  not_yet: 'meetups.venue.notYetHeading',
  closed: 'meetups.venue.closedHeading',
  cancelled: 'meetups.venue.cancelledHeading',
} as const;
