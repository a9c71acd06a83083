import type { Notification } from '@praxis/contracts/notifications';
import { authorLabel } from '../../../components/author-link.tsx';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';

/** The reminders the API plans, by how long before the start they go out. */
const REMINDER_WHEN: Record<string, string> = { '7d': 'week', '1d': 'day' };

/** Each kind's sentence about a thread; its `{gone, select, …}` covers a thread since removed. */
const THREAD_SENTENCES: Partial<Record<Notification['kind'], MessageId>> = {
  reply: 'notifications.sentence.reply',
  mention: 'notifications.sentence.mention',
  accepted_answer: 'notifications.sentence.acceptedAnswer',
  advice_request: 'notifications.sentence.adviceRequest',
  advice_accepted: 'notifications.sentence.adviceAccepted',
  advice_declined: 'notifications.sentence.adviceDeclined',
  advice_done: 'notifications.sentence.adviceDone',
  advice_expired: 'notifications.sentence.adviceExpired',
  advice_reminder: 'notifications.sentence.adviceReminder',
  advice_thanks: 'notifications.sentence.adviceThanks',
};

/** What happened, as a sentence: "Amra Hadžić replied in “Procurement for pilots”". */
export function NotificationSentence({ notification }: { notification: Notification }) {
  const t = useT();
  const { detail } = notification;
  const actor = notification.actor
    ? authorLabel(t, notification.actor)
    : t('notifications.sentence.someone');
  const thread = {
    actor,
    title: notification.thread?.title ?? '',
    gone: notification.thread ? 'no' : 'yes',
  };
  const meetup = {
    actor,
    title: notification.meetup?.title ?? '',
    gone: notification.meetup ? 'no' : 'yes',
  };
  const lesson = {
    actor,
    title: notification.lesson?.title ?? '',
    gone: notification.lesson ? 'no' : 'yes',
  };
  const pilot = {
    actor,
    title: notification.pilot?.name ?? '',
    gone: notification.pilot ? 'no' : 'yes',
  };
  const showcase = { actor, title: detail.title ?? '' };
  const say = (id: MessageId, values: Record<string, string>) => <T id={id} values={values} />;

  const threadSentence = THREAD_SENTENCES[notification.kind];
  if (threadSentence) return say(threadSentence, thread);
  switch (notification.kind) {
    case 'flag':
      return detail.reason
        ? say('notifications.sentence.flagWithReason', { ...thread, reason: detail.reason })
        : say('notifications.sentence.flag', thread);
    case 'meetup_poll_opened':
      return say('notifications.sentence.pollOpened', meetup);
    case 'meetup_poll_reminder':
      return say('notifications.sentence.pollReminder', meetup);
    case 'meetup_scheduled':
      return say('notifications.sentence.scheduled', meetup);
    case 'meetup_changed':
      return say('notifications.sentence.changed', meetup);
    case 'meetup_cancelled':
      return detail.reason
        ? say('notifications.sentence.cancelledWithReason', { ...meetup, reason: detail.reason })
        : say('notifications.sentence.cancelled', meetup);
    case 'meetup_reminder':
      return say('notifications.sentence.reminder', {
        ...meetup,
        when: REMINDER_WHEN[detail.when ?? ''] ?? 'soon',
      });
    case 'waitlist_promoted':
      return say('notifications.sentence.waitlistPromoted', meetup);
    case 'agenda_accepted':
      return detail.title
        ? say('notifications.sentence.agendaAcceptedTitled', {
            ...meetup,
            contribution: detail.title,
          })
        : say('notifications.sentence.agendaAccepted', meetup);
    case 'notes_mention':
      return say('notifications.sentence.notesMention', meetup);
    case 'direct_message':
      if (detail.excerpt) {
        return say('notifications.sentence.directMessageExcerpt', {
          actor,
          excerpt: detail.excerpt,
        });
      }
      // A picture or file sent without text says so, rather than quoting an empty line.
      return detail.files === 'picture'
        ? say('notifications.sentence.directPicture', { actor })
        : detail.files === 'file'
          ? say('notifications.sentence.directFile', { actor })
          : say('notifications.sentence.directMessage', { actor });
    case 'chat_mention':
      return chatMention(actor, detail.room, detail.excerpt);
    case 'email_bounced':
      return say('notifications.sentence.emailBounced', {});
    case 'lesson_review_requested':
      return say('notifications.sentence.lessonReview', lesson);
    case 'lesson_published':
      return say('notifications.sentence.lessonPublished', lesson);
    case 'pilot_update':
      return detail.stage
        ? say('notifications.sentence.pilotStage', { ...pilot, stage: detail.stage })
        : say('notifications.sentence.pilotUpdate', pilot);
    case 'pilot_team_added':
      return say('notifications.sentence.pilotTeamAdded', pilot);
    case 'showcase_consent_requested':
      return say('notifications.sentence.showcaseConsentRequested', showcase);
    case 'showcase_published':
      return say('notifications.sentence.showcasePublished', showcase);
    case 'showcase_withdrawn':
      return detail.withdrawal === 'no_longer_qualifies'
        ? say('notifications.sentence.showcaseNoLongerQualifies', showcase)
        : say('notifications.sentence.showcaseWithdrawn', showcase);
    default:
      return notification.meetup
        ? say('notifications.sentence.meetup', meetup)
        : say('notifications.sentence.thread', thread);
  }
}

function chatMention(actor: string, room: string | undefined, excerpt: string | undefined) {
  if (room) {
    return excerpt ? (
      <T id="notifications.sentence.chatMentionRoomExcerpt" values={{ actor, room, excerpt }} />
    ) : (
      <T id="notifications.sentence.chatMentionRoom" values={{ actor, room }} />
    );
  }
  return excerpt ? (
    <T id="notifications.sentence.chatMentionNetworkExcerpt" values={{ actor, excerpt }} />
  ) : (
    <T id="notifications.sentence.chatMentionNetwork" values={{ actor }} />
  );
}
