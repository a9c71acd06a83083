import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { AccountMember } from '@praxis/contracts/members';
import type { ThreadDetail } from '@praxis/contracts/threads';
import type { TFunction } from '../lib/i18n/use-t.tsx';
import type { LessonSourceChoice } from './lesson-source-panel.tsx';

// What a thread or a meetup offers to "turn into a lesson", to whom: the same rule as the
// server's (a solved question or a story; a past meetup's notes; an accepted agenda item), for
// the source's author and the organisers; never what is off the record, which no lesson may quote,
// nor to the author of an anonymous post, whom a lesson they drew would name.
// The server decides; this only hides a useless button.

const organiser = (member: AccountMember) => member.role !== 'member';

export function threadLessonChoices(
  thread: ThreadDetail,
  member: AccountMember,
  t: TFunction,
): LessonSourceChoice[] {
  const drawable =
    !thread.offRecord &&
    ((thread.kind === 'question' && thread.solved) ||
      thread.kind === 'success' ||
      thread.kind === 'failure');
  const own = thread.author.id === member.id;
  if (!drawable || (own && thread.author.anonymous) || (!own && !organiser(member))) return [];
  return [{ source: { threadId: thread.id }, label: t('lessons.fromSource.thread') }];
}

export function meetupLessonChoices(
  meetup: MeetupDetail,
  member: AccountMember,
  t: TFunction,
): LessonSourceChoice[] {
  const manages = meetup.can.manage || organiser(member);
  const choices: LessonSourceChoice[] = [];
  const notes = meetup.notesHtml.trim() !== '' && !meetup.notesOffRecord;
  if (manages && meetup.status === 'done' && notes) {
    choices.push({ source: { meetupId: meetup.id }, label: t('lessons.fromSource.notes') });
  }
  for (const item of meetup.agenda) {
    if (item.status !== 'accepted' || (!manages && item.speaker.id !== member.id)) continue;
    choices.push({
      source: { agendaItemId: item.id },
      label: t('lessons.fromSource.agendaItem', { title: item.title }),
    });
  }
  return choices;
}
