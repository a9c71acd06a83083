import type { MeetupStatus } from '@praxis/contracts/meetups';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

const LABELS: Record<MeetupStatus, MessageId> = {
  proposed: 'meetups.status.proposed',
  scheduled: 'meetups.status.scheduled',
  done: 'meetups.status.done',
  cancelled: 'meetups.status.cancelled',
};

/** Where a meetup stands; an open date poll reads as the thing to do about it. */
export function MeetupStatusBadge({ status }: { status: MeetupStatus }) {
  const t = useT();
  return (
    <span className={`marker meetup-status meetup-status-${status}`}>{t(LABELS[status])}</span>
  );
}
