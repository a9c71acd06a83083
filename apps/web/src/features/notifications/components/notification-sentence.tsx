import type { Notification } from '@praxis/contracts/notifications';

/** What happened, as a sentence: "Amra Hadžić replied in “Procurement for pilots”". */
export function NotificationSentence({ notification }: { notification: Notification }) {
  const actor = <strong>{notification.actor?.name ?? 'Someone'}</strong>;
  const title = notification.thread ? (
    <>“{notification.thread.title}”</>
  ) : (
    'a thread that is no longer available'
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
    default:
      return <>{title}</>;
  }
}
