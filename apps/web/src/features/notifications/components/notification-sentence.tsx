import type { Notification } from '@praxis/contracts/notifications';

/** The reminders the API plans, by how long before the start they go out. */
const REMINDER_WHEN: Record<string, string> = { '7d': 'in a week', '1d': 'tomorrow' };

/** What happened, as a sentence: "Amra Hadžić replied in “Procurement for pilots”". */
export function NotificationSentence({ notification }: { notification: Notification }) {
  const actor = <strong>{notification.actor?.name ?? 'Someone'}</strong>;
  const title = notification.thread ? (
    <>“{notification.thread.title}”</>
  ) : (
    'a thread that is no longer available'
  );
  const meetup = notification.meetup ? (
    <>“{notification.meetup.title}”</>
  ) : (
    'a meetup that is no longer available'
  );
  switch (notification.kind) {
    case 'reply':
      return (
        <>
          {actor} replied in {title}
        </>
      );
    case 'mention':
      return (
        <>
          {actor} mentioned you in {title}
        </>
      );
    case 'accepted_answer':
      return (
        <>
          {actor} accepted your answer in {title}
        </>
      );
    case 'advice_request':
      return (
        <>
          {actor} asks for your advice on {title}
        </>
      );
    case 'flag': {
      const reason = notification.detail.reason;
      return (
        <>
          {actor} flagged a post in {title}
          {reason ? `: ${reason}` : ''}
        </>
      );
    }
    case 'meetup_poll_opened':
      return <>Vote for the date of {meetup}</>;
    case 'meetup_scheduled':
      return (
        <>
          {actor} picked the date of {meetup}: say whether you are coming
        </>
      );
    case 'meetup_changed':
      return (
        <>
          {actor} moved {meetup}: check the new time
        </>
      );
    case 'meetup_cancelled': {
      const reason = notification.detail.reason;
      return (
        <>
          {actor} cancelled {meetup}
          {reason ? `: ${reason}` : ''}
        </>
      );
    }
    case 'meetup_reminder':
      return (
        <>
          Reminder: {meetup} is {REMINDER_WHEN[notification.detail.when ?? ''] ?? 'coming up'}
        </>
      );
    case 'waitlist_promoted':
      return <>A seat freed up: you are going to {meetup}</>;
    case 'agenda_accepted': {
      const contribution = notification.detail.title;
      return (
        <>
          {actor} put your contribution{contribution ? ` “${contribution}”` : ''} on the agenda of{' '}
          {meetup}
        </>
      );
    }
    case 'notes_mention':
      return (
        <>
          {actor} mentioned you in the notes of {meetup}
        </>
      );
    case 'direct_message': {
      const excerpt = notification.detail.excerpt;
      return (
        <>
          {actor} sent you a message{excerpt ? `: “${excerpt}”` : ''}
        </>
      );
    }
    case 'chat_mention': {
      const { excerpt, room } = notification.detail;
      return (
        <>
          {actor} mentioned you in {room ? `the chat of ${room}` : 'the network chat'}
          {excerpt ? `: “${excerpt}”` : ''}
        </>
      );
    }
    case 'email_bounced':
      return <>Mail to your address bounced — check your address</>;
    default:
      return <>{notification.meetup ? meetup : title}</>;
  }
}
