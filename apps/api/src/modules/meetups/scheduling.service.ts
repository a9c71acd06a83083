import type { ProposeMeetupInput } from '@praxis/contracts/meetups';
import type { VoteInput } from '@praxis/contracts/meetups-poll';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { cancelMeetupReminders, planMeetupReminders } from '../reminders/reminders.service.ts';
import * as attendance from './attendance.repository.ts';
import { meetupChanged } from './meetups.events.ts';
import { planPollReminder } from './meetups.jobs.ts';
import * as repository from './meetups.repository.ts';
import {
  findVisibleMeetup,
  type MeetupService,
  notifyInvitees,
  requireManager,
} from './meetups.service.ts';
import * as pollRepository from './poll.repository.ts';
import { checkedDeadline, remindNonVoters, takesVotes } from './poll.service.ts';
import * as seriesRepository from './series.repository.ts';
import { slotInstants } from './zoned-time.ts';

// When a meetup takes place: proposed as a date poll over candidate slots, voted on, fixed on
// one slot, or called off. Moving a fixed date is an edit of the meetup (meetups.service.ts).

export function createSchedulingService(db: Db, meetups: MeetupService) {
  return {
    /**
     * An organiser proposes a meetup: a date poll over 2 to 12 candidate slots. Every invitee is
     * asked to vote.
     */
    async propose(actor: AccountMember, seriesId: string, input: ProposeMeetupInput) {
      const series = await seriesRepository.findSeries(db, actor, seriesId);
      if (!series) throw new AppError('not_found', msg('errors.meetups.seriesGoneAnyMore'));
      await requireManager(db, actor, seriesId);
      const slots = input.slots.map((slot, index) => slotInstants(slot, `slots.${index}`));
      const pollClosesAt =
        input.pollClosesAt === null
          ? null
          : checkedDeadline(
              input.pollClosesAt,
              slots.map((slot) => slot.startsAt),
              new Date(),
            );
      const id = await db.transaction(async (tx) => {
        const meetupId = await repository.insertMeetup(tx, {
          seriesId,
          title: input.title,
          descriptionSource: input.description,
          descriptionHtml: cookMarkdown(input.description),
          timezone: slots[0]?.timezone ?? series.defaultTimezone,
          venue: input.venue,
          onlineUrl: input.onlineUrl,
          capacity: input.capacity,
          pollClosesAt,
          createdById: actor.id,
        });
        await repository.insertSlots(
          tx,
          slots.map((slot) => ({ ...slot, meetupId })),
        );
        if (pollClosesAt) await planPollReminder(tx, { id: meetupId, pollClosesAt });
        await notifyInvitees(tx, meetupId, 'meetup_poll_opened', actor.id);
        return meetupId;
      });
      return meetups.detail(actor, id);
    },

    /**
     * Invitees vote on the slots of an open poll, with a comment if they like, and may change
     * both until the deadline or until a date is picked.
     */
    async vote(actor: AccountMember, id: string, input: VoteInput) {
      await findVisibleMeetup(db, actor, id);
      await db.transaction(async (tx) => {
        const meetup = await repository.lockMeetup(tx, id);
        if (meetup?.status !== 'proposed') {
          throw new AppError('conflict', msg('errors.meetups.pollClosedDateChosen'));
        }
        if (!takesVotes(meetup)) {
          throw new AppError('conflict', msg('errors.meetups.votingClosed'));
        }
        const slotIds = new Set((await repository.slotsOf(tx, id)).map((slot) => slot.id));
        if (input.votes.some((vote) => !slotIds.has(vote.slotId))) {
          throw new AppError('invalid', msg('errors.meetups.voteOnPollDates'), {
            fields: { votes: msg('errors.meetups.voteOnPollDatesField') },
          });
        }
        await repository.upsertVotes(tx, actor.id, input.votes);
        if (input.comment !== undefined) {
          await pollRepository.saveComment(tx, id, actor.id, input.comment);
        }
        await meetupChanged(tx, id, 'poll');
      });
      return meetups.detail(actor, id);
    },

    /** An organiser reminds the invitees who have not voted; once a day at most. */
    async remind(actor: AccountMember, id: string) {
      const row = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, row.seriesId);
      await db.transaction(async (tx) => {
        const meetup = await repository.lockMeetup(tx, id);
        if (!meetup || !takesVotes(meetup)) {
          throw new AppError('conflict', msg('errors.meetups.remindVotingClosed'));
        }
        if (!(await remindNonVoters(tx, id, actor.id, new Date()))) {
          throw new AppError('conflict', msg('errors.meetups.remindedToday'));
        }
        await meetupChanged(tx, id, 'poll');
      });
      return meetups.detail(actor, id);
    },

    /**
     * Closes the poll on one slot, in one transaction under the meetup's lock: a second pick,
     * even at the same moment, finds the poll closed and changes nothing.
     */
    async schedule(actor: AccountMember, id: string, slotId: string) {
      const row = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, row.seriesId);
      await db.transaction(async (tx) => {
        const meetup = await repository.lockMeetup(tx, id);
        if (meetup?.status !== 'proposed') {
          throw new AppError('conflict', msg('errors.meetups.pollClosed'));
        }
        const slot = (await repository.slotsOf(tx, id)).find(
          (candidate) => candidate.id === slotId,
        );
        if (!slot) {
          throw new AppError('invalid', msg('errors.meetups.chooseAPollDate'), {
            fields: { slotId: msg('errors.meetups.chooseAPollDateField') },
          });
        }
        await repository.updateMeetup(tx, id, {
          status: 'scheduled',
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          timezone: slot.timezone,
          sequence: meetup.sequence + 1,
        });
        await planMeetupReminders(tx, { id, startsAt: slot.startsAt });
        await meetupChanged(tx, id, 'schedule');
        await notifyInvitees(tx, id, 'meetup_scheduled', actor.id);
      });
      return meetups.detail(actor, id);
    },

    /** Cancels with a reason; those who said going, maybe or waited for a seat are told. */
    async cancel(actor: AccountMember, id: string, reason: string) {
      const row = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, row.seriesId);
      await db.transaction(async (tx) => {
        const meetup = await repository.lockMeetup(tx, id);
        if (!meetup || meetup.status === 'cancelled' || meetup.status === 'done') {
          throw new AppError('conflict', msg('errors.meetups.alreadyCancelledOrOver'));
        }
        await repository.updateMeetup(tx, id, {
          status: 'cancelled',
          cancelReason: reason,
          sequence: meetup.sequence + 1,
        });
        await cancelMeetupReminders(tx, id);
        const answered = (await attendance.rsvpsOf(tx, id))
          .filter((answer) => answer.status !== 'not_going')
          .map((answer) => answer.memberId);
        await meetupChanged(tx, id, 'schedule');
        await notifyInvitees(tx, id, 'meetup_cancelled', actor.id, answered, { reason });
        await recordAudit(tx, actor, {
          action: 'meetup.cancelled',
          target: { type: 'meetup', id, label: row.title },
          reason,
        });
      });
      return meetups.detail(actor, id);
    },
  };
}
