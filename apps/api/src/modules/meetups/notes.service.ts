import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { type Locale, sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { attachFiles } from '../attachments/attachments.service.ts';
import { sendBackLessonsDrawingOn } from '../lessons/lesson-off-record.service.ts';
import { resolveMentions } from '../members/mentions.service.ts';
import { meetupChanged } from './meetups.events.ts';
import { notifyNotesMentions, planNotesPublication } from './meetups.jobs.ts';
import * as repository from './meetups.repository.ts';
import { findVisibleMeetup, type MeetupService, requireManager } from './meetups.service.ts';
import { notesPublished } from './meetups.visibility.ts';

// A meetup's notes: drafted by its organisers once the date is fixed, read by members from the
// start, the record of the exchange once it is done.

export function createNotesService(db: Db, meetups: MeetupService) {
  return {
    /**
     * Saves the notes; `done` closes the meetup, which only a meetup that has started can be.
     * Whoever the notes mention hears of it when members can read them: now if the meetup has
     * started, else at its start.
     */
    async save(
      actor: AccountMember,
      id: string,
      notes: string,
      done: boolean,
      /** Absent: the notes keep their language, or take the writer's when they are new. */
      language?: Locale,
      /** Absent: the notes keep their files. */
      attachmentIds?: string[],
      /** Absent: the notes stay on or off the record as they were. */
      offRecord?: boolean,
    ) {
      const row = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, row.seriesId);
      const mentions = await resolveMentions(db, [notes]);
      await db.transaction(async (tx) => {
        // Under the lock, so that a cancellation at the same moment is not turned into "done".
        const meetup = await repository.lockMeetup(tx, id);
        if (!meetup || meetup.status === 'cancelled') {
          throw new AppError('conflict', msg('errors.meetups.noNotesWhenCancelled'));
        }
        if (meetup.status === 'proposed' || !meetup.startsAt) {
          throw new AppError('conflict', msg('errors.meetups.noNotesBeforeDate'));
        }
        const published = notesPublished(meetup);
        if (done && !published) {
          throw new AppError('conflict', msg('errors.meetups.doneBeforeStart'));
        }
        await repository.updateMeetup(tx, id, {
          notesSource: notes,
          notesHtml: cookMarkdown(notes, mentions),
          notesLanguage:
            language ??
            (meetup.notesSource === '' ? (actor.locale ?? sourceLocale) : meetup.notesLanguage),
          ...(offRecord === undefined ? {} : { notesOffRecord: offRecord }),
          ...(done ? { status: 'done' as const } : {}),
        });
        // Lessons quoting the notes leave the library at once.
        if (offRecord) await sendBackLessonsDrawingOn(tx, { meetupId: id });
        await attachFiles(tx, actor.id, { kind: 'meetup_notes', id }, attachmentIds);
        if (published) {
          // A draft's saves are not announced: members would learn that drafts exist and when.
          await meetupChanged(tx, id, 'notes');
          await notifyNotesMentions(tx, { meetupId: id, actorId: actor.id, mentions });
        } else if (notes !== '') {
          await planNotesPublication(tx, { id, startsAt: meetup.startsAt, actorId: actor.id });
        }
      });
      return meetups.detail(actor, id);
    },
  };
}
