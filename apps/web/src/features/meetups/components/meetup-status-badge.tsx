import type { MeetupStatus } from '@praxis/contracts/meetups';

const LABELS: Record<MeetupStatus, string> = {
  proposed: 'Vote on a date',
  scheduled: 'Scheduled',
  done: 'Took place',
  cancelled: 'Cancelled',
};

/** Where a meetup stands; an open date poll reads as the thing to do about it. */
export function MeetupStatusBadge({ status }: { status: MeetupStatus }) {
  return <span className={`marker meetup-status meetup-status-${status}`}>{LABELS[status]}</span>;
}
