import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { AccountMember } from '@praxis/contracts/members';
import { useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AttachmentList } from '../../components/attachments/attachment-list.tsx';
import { CookedHtml } from '../../components/cooked-html.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { meetupLessonChoices } from '../../components/lesson-source-choices.ts';
import { LessonSourcePanel } from '../../components/lesson-source-panel.tsx';
import { LinkedPilots } from '../../components/linked-pilots.tsx';
import { OffRecordBanner } from '../../components/off-record.tsx';
import { SinceLastExchange } from '../../components/since-last-exchange.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useLiveTopic } from '../../lib/realtime.ts';
import { useBatchedRefresh } from '../../lib/use-batched-refresh.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useMeetup } from './api/get-meetup.ts';
import { AgendaEditor } from './components/agenda-editor.tsx';
import { AgendaList } from './components/agenda-list.tsx';
import { AttendeeLists } from './components/attendee-lists.tsx';
import { ContributionForm } from './components/contribution-form.tsx';
import { DatePoll } from './components/date-poll.tsx';
import { MeetupStatusBadge } from './components/meetup-status-badge.tsx';
import { MeetupWhen } from './components/meetup-when.tsx';
import { NotesForm } from './components/notes-form.tsx';
import { OrganiserTools } from './components/organiser-tools.tsx';
import { RsvpPanel } from './components/rsvp-panel.tsx';
import { meetupKey } from './meetup-cache.ts';

export function MeetupPage({ member }: { member: AccountMember }) {
  const { id = '' } = useParams();
  const meetup = useMeetup(id);
  const t = useT();
  useDocumentTitle(meetup.data?.title ?? t('meetups.meetup.documentTitle'));
  const queryClient = useQueryClient();
  // Answers, the waitlist, votes, the picked date, the agenda and notes appear as they change.
  const refresh = useBatchedRefresh(() =>
    queryClient.invalidateQueries({ queryKey: meetupKey(id) }),
  );
  // Check-ins change only the organisers' attendance page, which follows them itself.
  useLiveTopic(id ? `meetup:${id}` : null, (event) => {
    if (event?.name !== 'meetup.changed' || event.what !== 'check_ins') refresh();
  });

  if (meetup.isPending) {
    return (
      <p className="loading" role="status">
        {t('meetups.meetup.loading')}
      </p>
    );
  }
  if (meetup.isError) {
    const missing = meetup.error instanceof ApiError && meetup.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{t(missing ? 'meetups.meetup.notFound' : 'meetups.meetup.loadFailed')}</h1>
        <Alert tone="error">{formErrors(meetup.error).message}</Alert>
        <p>
          <Link to="/meetups">{t('meetups.nav.allMeetups')}</Link>
        </p>
      </section>
    );
  }

  const detail = meetup.data;
  const { status, can } = detail;
  return (
    <article className="page meetup-page">
      <p className="back-link">
        <Link to="/meetups">{t('meetups.nav.meetups')}</Link>
      </p>
      <MeetupHeader meetup={detail} />
      {status === 'cancelled' && (
        <Alert tone="info">
          <p>
            <strong>{t('meetups.meetup.cancelled')}</strong>
          </p>
          {detail.cancelReason && <p>{detail.cancelReason}</p>}
        </Alert>
      )}
      {can.manage && <OrganiserTools key={status} meetup={detail} />}

      {status === 'done' && detail.notesHtml && (
        <section className="meetup-notes" aria-labelledby="notes-heading">
          {/* Notes that open with a heading of their own are not given a second one. */}
          <h2
            id="notes-heading"
            className={/^\s*<h[1-3][\s>]/.test(detail.notesHtml) ? 'visually-hidden' : undefined}
          >
            {t('meetups.meetup.exchangedHeading')}
          </h2>
          {detail.notesOffRecord && <OffRecordBanner of="notes" />}
          <CookedHtml html={detail.notesHtml} lang={detail.notesLanguage} />
          <AttachmentList attachments={detail.notesAttachments} />
        </section>
      )}
      {detail.descriptionHtml && (
        <CookedHtml html={detail.descriptionHtml} className="meetup-description" />
      )}

      {(status === 'proposed' || status === 'scheduled') && (
        <SinceLastExchange meetupId={detail.id} />
      )}
      {status === 'proposed' && (
        <section aria-labelledby="poll-heading">
          <h2 id="poll-heading">{t('meetups.meetup.pollHeading')}</h2>
          <p className="muted">{t('meetups.meetup.pollIntro')}</p>
          <DatePoll meetup={detail} viewerId={member.id} />
        </section>
      )}
      {status === 'scheduled' && can.rsvp && <RsvpPanel meetup={detail} viewerId={member.id} />}
      {(status === 'scheduled' || status === 'done') && (
        <AttendeeLists attendees={detail.attendees} past={status === 'done'} />
      )}

      {detail.agenda.length > 0 && <LinkedPilots to={{ meetupId: detail.id }} />}
      {(status !== 'cancelled' || detail.agenda.length > 0) && (
        <section aria-labelledby="agenda-heading" className="meetup-agenda">
          <h2 id="agenda-heading">{t('meetups.meetup.agendaHeading')}</h2>
          <AgendaList agenda={detail.agenda} timezone={detail.timezone} viewerId={member.id} />
          {can.propose && <ContributionForm meetupId={detail.id} />}
          {can.manage && (status === 'proposed' || status === 'scheduled') && (
            <AgendaEditor meetup={detail} />
          )}
        </section>
      )}

      {status === 'scheduled' && detail.notesHtml && (
        <section aria-labelledby="notes-heading">
          {/* Organisers read their draft as members will, mentions linked, before it goes out. */}
          <h2 id="notes-heading">
            {t(
              detail.notesDraft
                ? 'meetups.meetup.notesDraftHeading'
                : 'meetups.meetup.notesHeading',
            )}
          </h2>
          {detail.notesOffRecord && <OffRecordBanner of="notes" />}
          <CookedHtml html={detail.notesHtml} lang={detail.notesLanguage} />
          <AttachmentList attachments={detail.notesAttachments} />
        </section>
      )}
      {can.manage && (status === 'scheduled' || status === 'done') && (
        <section aria-labelledby="notes-form-heading">
          <h2 id="notes-form-heading">
            {t(
              status === 'done'
                ? 'meetups.meetup.editNotes'
                : detail.startsAt && new Date(detail.startsAt) <= new Date()
                  ? 'meetups.meetup.afterMeetup'
                  : 'meetups.meetup.prepareNotes',
            )}
          </h2>
          <NotesForm meetup={detail} />
        </section>
      )}

      {status === 'done' && (
        <LessonSourcePanel
          drawnFrom={{ meetupId: detail.id }}
          choices={meetupLessonChoices(detail, member, t)}
        />
      )}
      {status !== 'proposed' && detail.slots.length > 1 && (
        <details className="poll-history">
          <summary className="poll-history-summary">{t('meetups.meetup.pollHistory')}</summary>
          <DatePoll meetup={detail} viewerId={member.id} />
        </details>
      )}
    </article>
  );
}

function MeetupHeader({ meetup }: { meetup: MeetupDetail }) {
  const t = useT();
  const intl = useIntl();
  const dated = meetup.startsAt && meetup.endsAt && meetup.status !== 'proposed';
  return (
    <header className="thread-header meetup-header">
      <p className="thread-markers">
        <MeetupStatusBadge status={meetup.status} />
        <Link to={`/meetups/series/${meetup.seriesId}`} className="small">
          {meetup.seriesName}
        </Link>
      </p>
      <h1>{meetup.title}</h1>
      <dl className="facts meetup-facts">
        <dt>{t('meetups.meetup.when')}</dt>
        <dd>
          {dated && meetup.startsAt && meetup.endsAt ? (
            <MeetupWhen
              startsAt={meetup.startsAt}
              endsAt={meetup.endsAt}
              timezone={meetup.timezone}
            />
          ) : meetup.status === 'proposed' ? (
            t('meetups.meetup.beingChosen', { count: meetup.slots.length })
          ) : (
            t('meetups.meetup.noDate')
          )}
        </dd>
        {meetup.venue && (
          <>
            <dt>{t('meetups.meetup.where')}</dt>
            <dd>{meetup.venue}</dd>
          </>
        )}
        {meetup.onlineUrl && (
          <>
            <dt>{t('meetups.meetup.online')}</dt>
            <dd>
              <a href={meetup.onlineUrl} target="_blank" rel="noreferrer">
                {meetup.onlineUrl}
              </a>
            </dd>
          </>
        )}
        {meetup.capacity !== null && (
          <>
            <dt>{t('meetups.meetup.seats')}</dt>
            <dd>{intl.formatNumber(meetup.capacity)}</dd>
          </>
        )}
      </dl>
      {meetup.status === 'scheduled' && (
        <p>
          <a href={`/api/meetups/${meetup.id}/calendar.ics`} download>
            {t('meetups.meetup.addToCalendar')}
          </a>
        </p>
      )}
    </header>
  );
}
