import type { AgendaKind } from '@praxis/contracts/meetups';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { KIND_NAMES } from '../../../components/thread-kind-badge.tsx';
import { useMemberActivity } from '../api/get-member-activity.ts';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dayOf = (iso: string) => day.format(new Date(iso));

const CONTRIBUTION_KINDS: Record<AgendaKind, string> = {
  success_story: 'Success story',
  failure_story: 'Failure story',
  lesson: 'Lesson',
  workshop: 'Workshop',
  other: 'Contribution',
};

/**
 * What a member gave the network, each kind with its count and newest few. The server counts
 * only what the viewer may see, so the numbers never tell of a cohort the viewer is not in.
 */
export function ProfileActivity({ handle, own }: { handle: string; own: boolean }) {
  const activity = useMemberActivity(handle);
  if (activity.isPending) {
    return (
      <p className="muted" role="status">
        Loading what {own ? 'you have' : 'they have'} shared…
      </p>
    );
  }
  if (activity.isError) return <Alert tone="error">{formErrors(activity.error).message}</Alert>;
  const { stories, acceptedAnswers, meetupsAttended, contributions } = activity.data;
  return (
    <section aria-labelledby="activity-heading" className="profile-activity">
      <h2 id="activity-heading">Activity in the network</h2>
      <div className="activity-grid">
        <ActivityList
          id="stories"
          title="Stories"
          count={stories.count}
          empty="No success or failure stories yet."
          more={`/threads?view=stories&author=${encodeURIComponent(handle)}`}
        >
          {stories.items.map((story) => (
            <ActivityEntry key={story.id} title={story.title} to={`/threads/${story.id}`}>
              {KIND_NAMES[story.kind]} · {dayOf(story.createdAt)}
            </ActivityEntry>
          ))}
        </ActivityList>
        <ActivityList
          id="answers"
          title="Accepted answers"
          count={acceptedAnswers.count}
          empty="No replies accepted as an answer yet."
        >
          {acceptedAnswers.items.map((answer) => (
            <ActivityEntry
              key={answer.replyId}
              title={answer.threadTitle}
              to={`/threads/${answer.threadId}#reply-${answer.replyId}`}
            >
              Answered {dayOf(answer.answeredAt)}
            </ActivityEntry>
          ))}
        </ActivityList>
        <ActivityList
          id="meetups"
          title="Meetups attended"
          hint="Past meetups with a seat taken (answered “going”)."
          count={meetupsAttended.count}
          empty="No past meetups with a seat yet."
        >
          {meetupsAttended.items.map((meetup) => (
            <ActivityEntry key={meetup.id} title={meetup.title} to={`/meetups/${meetup.id}`}>
              {dayOf(meetup.startsAt)}
            </ActivityEntry>
          ))}
        </ActivityList>
        <ActivityList
          id="contributions"
          title="Agenda contributions"
          hint="Accepted onto a meetup's agenda."
          count={contributions.count}
          empty="Nothing on a meetup agenda yet."
        >
          {contributions.items.map((item) => (
            <ActivityEntry
              key={item.id}
              title={item.title}
              to={item.thread ? `/threads/${item.thread.id}` : undefined}
            >
              {CONTRIBUTION_KINDS[item.kind]} at{' '}
              <Link to={`/meetups/${item.meetup.id}`}>{item.meetup.title}</Link>
              {item.meetup.startsAt ? ` · ${dayOf(item.meetup.startsAt)}` : ''}
            </ActivityEntry>
          ))}
        </ActivityList>
      </div>
    </section>
  );
}

function ActivityList({
  id,
  title,
  hint,
  count,
  empty,
  more,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  count: number;
  empty: string;
  more?: string;
  children: ReactNode[];
}) {
  const headingId = `activity-${id}`;
  return (
    <section aria-labelledby={headingId} className="activity-list">
      <h3 id={headingId}>
        {title} <span className="activity-count">({count})</span>
      </h3>
      {hint && <p className="small muted">{hint}</p>}
      {count === 0 ? <p className="small muted">{empty}</p> : <ul>{children}</ul>}
      {count > children.length &&
        (more ? (
          <p className="small">
            <Link to={more}>All {count}</Link>
          </p>
        ) : (
          <p className="small muted">
            The newest {children.length} of {count}.
          </p>
        ))}
    </section>
  );
}

/** One entry: its title (a link where there is something to open) and a line about it. */
function ActivityEntry({
  title,
  to,
  children,
}: {
  title: string;
  to?: string | undefined;
  children: ReactNode;
}) {
  return (
    <li>
      {to ? <Link to={to}>{title}</Link> : <span>{title}</span>}
      <span className="small muted">{children}</span>
    </li>
  );
}
