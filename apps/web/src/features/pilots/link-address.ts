import type { PilotLinkBody } from '@praxis/contracts/pilots';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const THREAD = new RegExp(`/threads/(${UUID})`, 'i');
const LESSON = new RegExp(`/library/(${UUID})`, 'i');
const MEETUP = new RegExp(`/meetups/(${UUID})`, 'i');

/**
 * What a pasted Praxis address points to: a thread or story, a lesson, or a meetup (whose
 * contribution is then picked from its agenda); null for anything else.
 */
export function linkTargetOf(
  address: string,
): { link: PilotLinkBody } | { meetupId: string } | null {
  const path = address.trim();
  const thread = THREAD.exec(path)?.[1];
  if (thread) return { link: { threadId: thread.toLowerCase() } };
  const lesson = LESSON.exec(path)?.[1];
  if (lesson) return { link: { lessonId: lesson.toLowerCase() } };
  const meetup = MEETUP.exec(path)?.[1];
  if (meetup) return { meetupId: meetup.toLowerCase() };
  return null;
}
