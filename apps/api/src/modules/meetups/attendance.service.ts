import type { AgendaOrderBody, AgendaProposalBody } from '@praxis/contracts/meetups';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { publish } from '../../realtime/bus.ts';
import { authorsById, canSeeContact } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { findVisibleThread } from '../threads/threads.service.ts';
import * as attendance from './attendance.repository.ts';
import { attendeesFile } from './attendees-csv.ts';
import { meetupChanged } from './meetups.events.ts';
import * as repository from './meetups.repository.ts';
import { findVisibleMeetup, type MeetupService, requireManager } from './meetups.service.ts';
import { fillFreedSeats } from './waitlist.ts';
import { toInstant } from './zoned-time.ts';

const NOT_OPEN: Record<string, string> = {
  proposed: msg('errors.meetups.dateNotChosen'),
  cancelled: msg('errors.meetups.cancelled'),
  done: msg('errors.meetups.over'),
};

export function createAttendanceService(db: Db, meetups: MeetupService) {
  return {
    /**
     * Answers for the member. "Going" takes a seat if one is free, else a place on the
     * waitlist; leaving a seat gives it to the first in line. The meetup's row lock makes two
     * members racing for the last seat take turns: exactly one gets it.
     */
    async rsvp(actor: AccountMember, id: string, status: 'going' | 'maybe' | 'not_going') {
      await findVisibleMeetup(db, actor, id);
      await db.transaction(async (tx) => {
        const meetup = await repository.lockMeetup(tx, id);
        if (!meetup) throw new AppError('not_found', msg('errors.meetups.meetupGone'));
        const closed = NOT_OPEN[meetup.status];
        if (closed) throw new AppError('conflict', closed);
        if (meetup.endsAt && meetup.endsAt <= new Date()) {
          throw new AppError('conflict', msg('errors.meetups.over'));
        }
        const current = (await attendance.findRsvp(tx, id, actor.id))?.status;
        if (status === 'going' && (current === 'going' || current === 'waitlisted')) return;
        if (status === 'going') {
          const free =
            meetup.capacity === null || (await attendance.countGoing(tx, id)) < meetup.capacity;
          await attendance.setRsvp(tx, id, actor.id, free ? 'going' : 'waitlisted', true);
        } else {
          await attendance.setRsvp(tx, id, actor.id, status, false);
          if (current === 'going') await fillFreedSeats(tx, meetup, actor.id);
        }
        await meetupChanged(tx, id, 'rsvps');
        // Going or maybe puts the meetup's chat room in their list; not going takes it away.
        await publish(tx, {
          name: 'meetup.attendance_changed',
          payload: { meetupId: id, memberIds: [actor.id] },
        });
      });
      return meetups.detail(actor, id);
    },

    /** Any invitee proposes a contribution, optionally linked to a thread they can see. */
    async propose(actor: AccountMember, id: string, input: Required<AgendaProposalBody>) {
      const meetup = await findVisibleMeetup(db, actor, id);
      if (meetup.status === 'cancelled' || meetup.status === 'done') {
        throw new AppError('conflict', NOT_OPEN[meetup.status] ?? msg('errors.meetups.closed'));
      }
      if (input.threadId) {
        // The agenda is shown to every invitee, so a linked thread must be one they all see.
        const thread = await findVisibleThread(db, actor, input.threadId).catch(() => null);
        if (!thread || thread.cohortId !== null || thread.hiddenAt !== null) {
          throw new AppError('invalid', msg('errors.meetups.threadNotPublic'), {
            fields: { threadId: msg('errors.meetups.threadNotPublicField') },
          });
        }
        // The agenda names its speaker: beside their own anonymous story, it would name its author.
        if (thread.anonymous && thread.authorId === actor.id) {
          throw new AppError('conflict', msg('errors.meetups.ownAnonymousStory'), {
            fields: { threadId: msg('errors.meetups.ownAnonymousStory') },
          });
        }
      }
      await db.transaction(async (tx) => {
        await attendance.insertAgendaItem(tx, { meetupId: id, speakerId: actor.id, ...input });
        await meetupChanged(tx, id, 'agenda');
      });
      return meetups.detail(actor, id);
    },

    async decide(
      actor: AccountMember,
      id: string,
      itemId: string,
      status: 'accepted' | 'declined',
    ) {
      const meetup = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, meetup.seriesId);
      await db.transaction(async (tx) => {
        const locked = await repository.lockMeetup(tx, id);
        if (locked?.status === 'cancelled') {
          throw new AppError('conflict', msg('errors.meetups.cancelled'));
        }
        const item = await attendance.findAgendaItem(tx, id, itemId);
        if (!item) throw new AppError('not_found', msg('errors.meetups.notOnAgenda'));
        if (item.status === status) return;
        await attendance.updateAgendaItem(tx, itemId, {
          status,
          position: status === 'accepted' ? await attendance.nextPosition(tx, id) : null,
          ...(status === 'declined' ? { startsAt: null } : {}),
        });
        await meetupChanged(tx, id, 'agenda');
        if (status !== 'accepted') return;
        await notify(tx, [
          {
            memberId: item.speakerId,
            kind: 'agenda_accepted',
            actorId: actor.id,
            meetupId: id,
            detail: { title: item.title },
          },
        ]);
      });
      return meetups.detail(actor, id);
    },

    /** Orders the accepted contributions, each with a start time in the meetup's zone or none. */
    async order(actor: AccountMember, id: string, input: Required<AgendaOrderBody>) {
      const meetup = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, meetup.seriesId);
      const times = input.items.map((item, index) =>
        item.startsAt ? toInstant(item.startsAt, meetup.timezone, `items.${index}.startsAt`) : null,
      );
      await db.transaction(async (tx) => {
        // Checked under the lock that decisions take too, so none slips in between.
        await repository.lockMeetup(tx, id);
        const accepted = (await attendance.agendaOf(tx, id)).filter(
          (item) => item.status === 'accepted',
        );
        const given = input.items.map((item) => item.id);
        const same =
          given.length === accepted.length &&
          new Set(given).size === given.length &&
          accepted.every((item) => given.includes(item.id));
        if (!same) {
          throw new AppError('invalid', msg('errors.meetups.agendaOrderMismatch'), {
            fields: { items: msg('errors.meetups.agendaOrderMismatchField') },
          });
        }
        for (const [index, item] of input.items.entries()) {
          await attendance.updateAgendaItem(tx, item.id, {
            position: index + 1,
            startsAt: times[index] ?? null,
          });
        }
        await meetupChanged(tx, id, 'agenda');
      });
      return meetups.detail(actor, id);
    },

    /** Who answered what, for the organisers' spreadsheet, in the language of `locale`. */
    async attendeesCsv(actor: AccountMember, id: string, locale: Locale) {
      const meetup = await findVisibleMeetup(db, actor, id);
      await requireManager(db, actor, meetup.seriesId);
      const answers = await attendance.rsvpsOf(db, id);
      const people = await authorsById(
        db,
        answers.map((answer) => answer.memberId),
      );
      const contacts = await repository.memberEmails(
        db,
        answers.map((answer) => answer.memberId),
      );
      // The export shows an address only where the member's profile would show it to this
      // organiser: a series organiser may be a plain member.
      const emailOf = (memberId: string) => {
        const contact = contacts.get(memberId);
        return contact && canSeeContact(actor, memberId, contact.visibility) ? contact.email : '';
      };
      return attendeesFile(
        meetup.title,
        answers.flatMap((answer) => {
          const person = people.get(answer.memberId);
          return person
            ? [
                {
                  name: person.name,
                  email: emailOf(answer.memberId),
                  organisation: person.organisation,
                  status: answer.status,
                  since: answer.queuedAt,
                },
              ]
            : [];
        }),
        locale,
      );
    },
  };
}
