import type { LessonSourceRef } from '@praxis/contracts/lessons';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const THREAD = new RegExp(`/threads/(${UUID})(?:[^#\\s]*#reply-(${UUID}))?`, 'i');
const MEETUP = new RegExp(`/meetups/(${UUID})`, 'i');

/** A thread's, a reply's or a meetup's address, as copied from the browser, read as a source. */
export function sourceFromAddress(address: string): LessonSourceRef | null {
  const thread = THREAD.exec(address);
  if (thread?.[2]) return { replyId: thread[2] };
  if (thread?.[1]) return { threadId: thread[1] };
  const meetup = MEETUP.exec(address);
  return meetup?.[1] ? { meetupId: meetup[1] } : null;
}
