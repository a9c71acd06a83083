import type {
  AgendaItem,
  MeetupDetail,
  MeetupSummary,
  MeetupUpdateInput,
} from '@praxis/contracts/meetups';
import type { VoteChoice } from '@praxis/contracts/meetups-poll';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { decodeCursor, encodeCursor } from '../../pagination.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import type { JobRunner } from '../../plugins/jobs.ts';
import { filesOf } from '../attachments/attachments.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { type NotificationInput, notify } from '../notifications/notifications.service.ts';
import { planMeetupReminders } from '../reminders/reminders.service.ts';
import * as attendance from './attendance.repository.ts';
import { meetupChanged } from './meetups.events.ts';
import { planNotesPublication, planPollReminder } from './meetups.jobs.ts';
import * as repository from './meetups.repository.ts';
import { notesPublished } from './meetups.visibility.ts';
import { commentsOf } from './poll.repository.ts';
import { checkedDeadline, mayRemind, pollStateOf, takesVotes } from './poll.service.ts';
import * as seriesRepository from './series.repository.ts';
import { fillFreedSeats } from './waitlist.ts';
import { slotInstants } from './zoned-time.ts';

/** The meetup if the viewer may see it; otherwise the same 404 as for one that never was. */
export async function findVisibleMeetup(db: Db, viewer: AccountMember, id: string) {
  const row = await repository.findSummary(db, viewer, id);
  if (!row) throw new AppError('not_found', msg('errors.meetups.meetupNotVisible'));
  return row;
}

/** Organisers and admins run every series; a series may name other members to run it too. */
export async function canManageSeries(db: Db, viewer: AccountMember, seriesId: string) {
  return manages(
    viewer,
    isOrganiser(viewer) ? [] : await seriesRepository.seriesOrganiserIds(db, seriesId),
  );
}

/** The same rule, given the series' organisers already read. */
export function manages(viewer: AccountMember, seriesOrganiserIds: string[]) {
  return isOrganiser(viewer) || seriesOrganiserIds.includes(viewer.id);
}

export async function requireManager(db: Db, viewer: AccountMember, seriesId: string) {
  if (await canManageSeries(db, viewer, seriesId)) return;
  throw new AppError('forbidden', msg('errors.meetups.onlySeriesOrganisers'));
}

export function toSummary(row: repository.MeetupSummaryRow): MeetupSummary {
  return {
    id: row.id,
    seriesId: row.seriesId,
    seriesName: row.seriesName,
    title: row.title,
    status: row.status,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    timezone: row.timezone,
    venue: row.venue,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    goingCount: row.goingCount,
    waitlistCount: row.waitlistCount,
    myRsvp: row.myRsvp,
  };
}

/** Tells every invitee (or those given) of a meetup, inside the caller's transaction. */
export async function notifyInvitees(
  db: Db,
  meetupId: string,
  kind: NotificationInput['kind'],
  actorId: string,
  among?: string[],
  detail?: Record<string, string>,
) {
  const recipients = await repository.inviteeIds(db, meetupId, among);
  return notify(
    db,
    recipients.map((memberId) => ({
      memberId,
      kind,
      actorId,
      meetupId,
      ...(detail ? { detail } : {}),
    })),
  );
}

export function createMeetupService(db: Db, jobs: Pick<JobRunner, 'kick'>) {
  async function detail(viewer: AccountMember, id: string): Promise<MeetupDetail> {
    const row = await findVisibleMeetup(db, viewer, id);
    const [meetup, slots, votes, comments, answers, agenda, manage] = await Promise.all([
      repository.findMeetup(db, id),
      repository.slotsOf(db, id),
      repository.votesOf(db, id),
      commentsOf(db, id),
      attendance.rsvpsOf(db, id),
      attendance.agendaOf(db, id),
      canManageSeries(db, viewer, row.seriesId),
    ]);
    if (!meetup) throw new AppError('not_found', msg('errors.meetups.meetupGone'));
    const poll = await pollStateOf(db, meetup, manage);
    const people = await authorsById(db, [
      ...votes.map((vote) => vote.memberId),
      ...answers.map((answer) => answer.memberId),
      ...agenda.map((item) => item.speakerId),
    ]);
    const author = (id: string) => {
      const person = people.get(id);
      return person ? [toAuthor(person)] : [];
    };
    const voters = new Map<string, Record<string, VoteChoice>>();
    for (const vote of votes) {
      voters.set(vote.memberId, { ...voters.get(vote.memberId), [vote.slotId]: vote.choice });
    }
    const withStatus = (status: attendance.RsvpStatus) =>
      answers
        .filter((answer) => answer.status === status)
        .flatMap((answer) => author(answer.memberId));
    const open = meetup.status === 'proposed';
    const scheduled = meetup.status === 'scheduled';
    const draft = meetup.notesSource !== '' && !notesPublished(meetup);
    return {
      ...toSummary(row),
      descriptionSource: meetup.descriptionSource,
      descriptionHtml: meetup.descriptionHtml,
      cancelReason: meetup.cancelReason,
      notesSource: draft && !manage ? '' : meetup.notesSource,
      notesHtml: draft && !manage ? '' : meetup.notesHtml,
      notesLanguage: meetup.notesLanguage,
      notesOffRecord: meetup.notesOffRecord,
      notesDraft: draft && manage,
      notesAttachments:
        draft && !manage ? [] : ((await filesOf(db, 'meetup_notes', [id])).get(id) ?? []),
      slots: slots.map((slot) => {
        const on = votes.filter((vote) => vote.slotId === slot.id);
        const tally = (choice: VoteChoice) => on.filter((vote) => vote.choice === choice).length;
        return {
          id: slot.id,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
          timezone: slot.timezone,
          totals: { yes: tally('yes'), ifNeedBe: tally('if_need_be'), no: tally('no') },
          myVote: on.find((vote) => vote.memberId === viewer.id)?.choice ?? null,
        };
      }),
      voters: [...voters].flatMap(([memberId, choices]) =>
        author(memberId).map((member) => ({
          member,
          votes: choices,
          comment: comments.get(memberId) ?? null,
        })),
      ),
      poll,
      attendees: {
        going: withStatus('going'),
        maybe: withStatus('maybe'),
        waitlist: withStatus('waitlisted'),
      },
      agenda: agenda.flatMap((item): AgendaItem[] => {
        // Proposals are for their speaker and the organisers until accepted.
        if (item.status !== 'accepted' && !manage && item.speakerId !== viewer.id) return [];
        const speaker = author(item.speakerId)[0];
        if (!speaker) return [];
        return [
          {
            id: item.id,
            title: item.title,
            kind: item.kind,
            minutes: item.minutes,
            status: item.status,
            position: item.position,
            startsAt: item.startsAt?.toISOString() ?? null,
            speaker,
            // Cohort or hidden threads come without a title and kind, and are not shown.
            thread:
              item.threadId && item.threadTitle && item.threadKind
                ? { id: item.threadId, title: item.threadTitle, kind: item.threadKind }
                : null,
          },
        ];
      }),
      can: {
        manage,
        vote: takesVotes(meetup),
        remind: manage && mayRemind(meetup),
        rsvp: scheduled,
        propose: open || scheduled,
      },
    };
  }

  return {
    detail,

    async list(
      viewer: AccountMember,
      query: { when: 'upcoming' | 'past'; cursor?: string | undefined; limit: number },
    ) {
      const rows = await repository.findPage(
        db,
        viewer,
        query.when,
        decodeCursor(query.cursor),
        query.limit,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        meetups: page.map(toSummary),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ createdAt: last.sortKey, id: last.id })
            : null,
      };
    },

    async update(actor: AccountMember, id: string, input: MeetupUpdateInput) {
      const row = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, row.seriesId);
      const when = input.when ? slotInstants(input.when, 'when') : undefined;
      await db.transaction(async (tx) => {
        const meetup = await repository.lockMeetup(tx, id);
        if (!meetup || meetup.status === 'cancelled' || meetup.status === 'done') {
          throw new AppError('conflict', msg('errors.meetups.closedForChanges'));
        }
        if (when && meetup.status !== 'scheduled') {
          throw new AppError('conflict', msg('errors.meetups.pickDateBeforeMoving'));
        }
        if (input.pollClosesAt !== undefined && meetup.status !== 'proposed') {
          throw new AppError('conflict', msg('errors.meetups.deadlineNoPoll'));
        }
        const pollClosesAt =
          typeof input.pollClosesAt === 'string'
            ? checkedDeadline(
                input.pollClosesAt,
                (await repository.slotsOf(tx, id)).map((slot) => slot.startsAt),
                new Date(),
              )
            : input.pollClosesAt;
        // Moving into the past is usually a typo in the year; recording a date afterwards is not.
        if (when && when.startsAt < new Date() && input.moveIntoPast !== true) {
          throw new AppError('conflict', msg('errors.meetups.dateInPast'), {
            fields: { moveIntoPast: msg('errors.meetups.dateInPastField') },
          });
        }
        if (input.capacity !== undefined && input.capacity !== null) {
          const taken = await attendance.countGoing(tx, id);
          if (input.capacity < taken) {
            throw new AppError('invalid', msg('errors.meetups.capacityBelowGoing', { taken }), {
              fields: { capacity: msg('errors.meetups.capacityBelowGoingField', { taken }) },
            });
          }
        }
        await repository.updateMeetup(tx, id, {
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.description === undefined
            ? {}
            : {
                descriptionSource: input.description,
                descriptionHtml: cookMarkdown(input.description),
              }),
          ...(input.venue === undefined ? {} : { venue: input.venue }),
          ...(input.onlineUrl === undefined ? {} : { onlineUrl: input.onlineUrl }),
          ...(input.capacity === undefined ? {} : { capacity: input.capacity }),
          ...(pollClosesAt === undefined ? {} : { pollClosesAt }),
          ...(when ?? {}),
          sequence: meetup.sequence + 1,
        });
        if (input.capacity !== undefined && meetup.status === 'scheduled') {
          await fillFreedSeats(tx, { id, capacity: input.capacity }, actor.id);
        }
        if (pollClosesAt) await planPollReminder(tx, { id, pollClosesAt });
        await meetupChanged(tx, id, when ? 'schedule' : 'details');
        if (!when || meetup.status !== 'scheduled') return;
        await planMeetupReminders(tx, { id, startsAt: when.startsAt });
        if (meetup.notesSource !== '') {
          await planNotesPublication(tx, { id, startsAt: when.startsAt, actorId: actor.id });
        }
        const answered = (await attendance.rsvpsOf(tx, id))
          .filter((answer) => answer.status !== 'not_going')
          .map((answer) => answer.memberId);
        await notifyInvitees(tx, id, 'meetup_changed', actor.id, answered);
      });
      // Moved to a start that has passed, its draft notes are due now, not at the next poll.
      if (when && when.startsAt <= new Date()) void jobs.kick();
      return detail(actor, id);
    },
  };
}

export type MeetupService = ReturnType<typeof createMeetupService>;
