import type { MailLanguage } from '../../lib/mail-language.ts';
import type { RoomForMail } from '../chat/chat.mail.ts';
import type { MailableNotification } from '../notifications/notifications.mail.ts';
import type { NoticeRecords } from './notice-mail.content.ts';

// What a notification says in a mail or a push, as one sentence in the member's language: the
// subject of a mail about it alone, a summary's line, a push's title.

/** The name of the member who acted, as the mail shows it. */
export const actorOf = (language: MailLanguage, records: NoticeRecords, actorId: string | null) =>
  (actorId && records.names.get(actorId)) || language.t('mail.notice.someone');

/** An anonymous author, as what leaves Praxis names them: never by name, handle or picture. */
export const anonymousAuthorOf = (language: MailLanguage, cohort: string | null | undefined) =>
  cohort
    ? language.t('mail.notice.anonymousInCohort', { cohort })
    : language.t('mail.notice.anonymousInNetwork');

/**
 * Who acted on a notification, as the mail or push names them: someone who wrote anonymously as
 * a member of the cohort they chose (the detail's `anonymousAs`; empty for the network).
 */
export function noticeActorOf(
  language: MailLanguage,
  records: NoticeRecords,
  row: Pick<MailableNotification, 'actorId' | 'detail'>,
) {
  const as = row.detail.anonymousAs;
  return as === undefined
    ? actorOf(language, records, row.actorId)
    : anonymousAuthorOf(language, as);
}

/** One notification as a sentence: the subject of a mail about it alone, a summary's line. */
export function sentenceOf(
  language: MailLanguage,
  records: NoticeRecords,
  row: MailableNotification,
): string {
  const { t } = language;
  const actor = noticeActorOf(language, records, row);
  const thread = (row.threadId && records.threads.get(row.threadId)?.title) || '';
  const meetup = (row.meetupId && records.meetups.get(row.meetupId)?.title) || '';
  switch (row.kind) {
    case 'reply':
    case 'mention':
    case 'accepted_answer':
    case 'advice_request':
    case 'advice_accepted':
    case 'advice_declined':
    case 'advice_done':
    case 'advice_expired':
    case 'advice_reminder':
    case 'advice_thanks':
    case 'flag':
      return t(`mail.notice.sentence.${row.kind}`, { actor, thread });
    case 'meetup_poll_opened':
    case 'meetup_poll_reminder':
    case 'meetup_scheduled':
    case 'meetup_changed':
    case 'meetup_cancelled':
    case 'waitlist_promoted':
      return t(`mail.notice.sentence.${row.kind}`, { meetup });
    case 'meetup_reminder': {
      const when = row.detail.when;
      return t(
        when === '1d'
          ? 'mail.notice.sentence.reminderTomorrow'
          : when === '7d'
            ? 'mail.notice.sentence.reminderInAWeek'
            : 'mail.notice.sentence.reminderSoon',
        { meetup },
      );
    }
    case 'agenda_accepted': {
      const contribution = row.detail.title;
      return contribution
        ? t('mail.notice.sentence.agendaTitled', { meetup, contribution })
        : t('mail.notice.sentence.agendaUntitled', { meetup });
    }
    case 'notes_mention':
      return t('mail.notice.sentence.notes_mention', { actor, meetup });
    case 'direct_message':
      return row.detail.files === 'picture'
        ? t('mail.notice.sentence.directPicture', { actor })
        : row.detail.files === 'file'
          ? t('mail.notice.sentence.directFile', { actor })
          : t('mail.notice.sentence.direct_message', { actor });
    case 'chat_mention': {
      const chat = row.roomId ? records.rooms.get(row.roomId)?.room : undefined;
      const room = roomName(chat) ?? row.detail.room;
      return room
        ? t('mail.notice.sentence.chatMentionRoom', { actor, room })
        : t('mail.notice.sentence.chatMentionNetwork', { actor });
    }
    case 'lesson_review_requested':
    case 'lesson_published': {
      const lesson = (row.lessonId && records.lessons.get(row.lessonId)?.title) || '';
      return t(`mail.notice.sentence.${row.kind}`, { actor, lesson });
    }
    case 'pilot_update':
    case 'pilot_team_added': {
      const pilot = (row.pilotId && records.pilots.get(row.pilotId)?.name) || '';
      const stage = row.detail.stage;
      return row.kind === 'pilot_update' && stage
        ? t('mail.notice.sentence.pilotStage', { actor, pilot, stage })
        : t(`mail.notice.sentence.${row.kind}`, { actor, pilot });
    }
    case 'showcase_consent_requested':
    case 'showcase_published':
    case 'showcase_withdrawn':
      if (row.kind === 'showcase_withdrawn' && row.detail.withdrawal === 'no_longer_qualifies') {
        return t('mail.notice.sentence.showcase_no_longer_qualifies', {
          title: row.detail.title ?? '',
        });
      }
      return t(`mail.notice.sentence.${row.kind}`, { actor, title: row.detail.title ?? '' });
    case 'email_bounced':
      break;
  }
  return t('mail.notice.subject.other', { count: 1 });
}

/** A room's name in a sentence; none for the network chat, which sentences name their own way. */
export const roomName = (room: RoomForMail | undefined) =>
  room && room.kind !== 'network' ? room.title : undefined;
