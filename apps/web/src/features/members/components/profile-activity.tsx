import type { AgendaKind } from '@praxis/contracts/meetups';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useMemberActivity } from '../api/get-member-activity.ts';

const STORY_KINDS: Record<'success' | 'failure', MessageId> = {
  success: 'members.activity.successStory',
  failure: 'members.activity.failureStory',
};

const CONTRIBUTION_KINDS: Record<AgendaKind, MessageId> = {
  success_story: 'members.activity.successStory',
  failure_story: 'members.activity.failureStory',
  lesson: 'members.activity.lesson',
  workshop: 'members.activity.workshop',
  other: 'members.activity.contribution',
};

/**
 * What a member gave the network, each kind with its count and newest few. The server counts
 * only what the viewer may see, so the numbers never tell of a cohort the viewer is not in.
 */
export function ProfileActivity({ handle, own }: { handle: string; own: boolean }) {
  const t = useT();
  const intl = useIntl();
  const dayOf = (iso: string) => intl.formatDate(new Date(iso), { dateStyle: 'medium' });
  const activity = useMemberActivity(handle);
  if (activity.isPending) {
    return (
      <p className="muted" role="status">
        {t(own ? 'members.activity.loadingOwn' : 'members.activity.loading')}
      </p>
    );
  }
  if (activity.isError) return <Alert tone="error">{formErrors(activity.error).message}</Alert>;
  const { stories, acceptedAnswers, meetupsAttended, contributions } = activity.data;
  return (
    <section aria-labelledby="activity-heading" className="profile-activity">
      <h2 id="activity-heading">{t('members.activity.heading')}</h2>
      <div className="activity-grid">
        <ActivityList
          id="stories"
          title={t('members.activity.stories')}
          count={stories.count}
          empty={t('members.activity.noStories')}
          more={`/threads?view=stories&author=${encodeURIComponent(handle)}`}
        >
          {stories.items.map((story) => (
            <ActivityEntry key={story.id} title={story.title} to={`/threads/${story.id}`}>
              {t(STORY_KINDS[story.kind])} · {dayOf(story.createdAt)}
            </ActivityEntry>
          ))}
        </ActivityList>
        <ActivityList
          id="answers"
          title={t('members.activity.answers')}
          count={acceptedAnswers.count}
          empty={t('members.activity.noAnswers')}
        >
          {acceptedAnswers.items.map((answer) => (
            <ActivityEntry
              key={answer.replyId}
              title={answer.threadTitle}
              to={`/threads/${answer.threadId}#reply-${answer.replyId}`}
            >
              {t('members.activity.answered', { date: dayOf(answer.answeredAt) })}
            </ActivityEntry>
          ))}
        </ActivityList>
        <ActivityList
          id="meetups"
          title={t('members.activity.meetups')}
          hint={t('members.activity.meetupsHint')}
          count={meetupsAttended.count}
          empty={t('members.activity.noMeetups')}
        >
          {meetupsAttended.items.map((meetup) => (
            <ActivityEntry key={meetup.id} title={meetup.title} to={`/meetups/${meetup.id}`}>
              {dayOf(meetup.startsAt)}
            </ActivityEntry>
          ))}
        </ActivityList>
        <ActivityList
          id="contributions"
          title={t('members.activity.contributions')}
          hint={t('members.activity.contributionsHint')}
          count={contributions.count}
          empty={t('members.activity.noContributions')}
        >
          {contributions.items.map((item) => (
            <ActivityEntry
              key={item.id}
              title={item.title}
              to={item.thread ? `/threads/${item.thread.id}` : undefined}
            >
              <T
                id="members.activity.contributionAt"
                values={{
                  kind: t(CONTRIBUTION_KINDS[item.kind]),
                  meetup: item.meetup.title,
                  link: (chunks) => <Link to={`/meetups/${item.meetup.id}`}>{chunks}</Link>,
                }}
              />
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
  const t = useT();
  const intl = useIntl();
  const headingId = `activity-${id}`;
  return (
    <section aria-labelledby={headingId} className="activity-list">
      <h3 id={headingId}>
        {title} <span className="activity-count">({intl.formatNumber(count)})</span>
      </h3>
      {hint && <p className="small muted">{hint}</p>}
      {count === 0 ? <p className="small muted">{empty}</p> : <ul>{children}</ul>}
      {count > children.length &&
        (more ? (
          <p className="small">
            <Link to={more}>{t('members.activity.all', { count })}</Link>
          </p>
        ) : (
          <p className="small muted">
            {t('members.activity.newest', { shown: children.length, count })}
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
