import {
  agendaItems,
  meetupCheckIns,
  meetupPollComments,
  meetupSeries,
  meetupSeriesOrganisers,
  meetups,
  meetupVotes,
  rsvps,
} from '@praxis/db/schema/meetups';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * The member's answers (votes, poll comments, RSVPs, check-ins), their agenda contributions and
 * the series and meetups they created or run. An erasure deletes their answers, unnames them
 * where they organised, and deletes their agenda items only when their posts go too: a kept
 * contribution is part of the meetup's record, shown as a former member's.
 */
export const meetupsMemberData: MemberDataArea = {
  name: 'meetups',
  columns: [
    'meetup_series.created_by_id',
    'meetup_series_organisers.member_id',
    'meetups.created_by_id',
    'meetup_votes.member_id',
    'meetup_poll_comments.member_id',
    'rsvps.member_id',
    'agenda_items.speaker_id',
    'meetup_check_ins.member_id',
    'meetup_check_ins.marked_by_id',
  ],
  keeps: ['agenda_items.speaker_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [
      [meetupSeries, meetupSeries.createdById],
      [meetupSeriesOrganisers, meetupSeriesOrganisers.memberId],
      [meetups, meetups.createdById],
      [meetupVotes, meetupVotes.memberId],
      [meetupPollComments, meetupPollComments.memberId],
      [rsvps, rsvps.memberId],
      [agendaItems, agendaItems.speakerId],
      [meetupCheckIns, meetupCheckIns.memberId],
      [meetupCheckIns, meetupCheckIns.markedById],
    ]),
  }),
  async erase(tx, memberId, mode) {
    await tx
      .update(meetupSeries)
      .set({ createdById: null })
      .where(eq(meetupSeries.createdById, memberId));
    await tx.update(meetups).set({ createdById: null }).where(eq(meetups.createdById, memberId));
    await tx.delete(meetupSeriesOrganisers).where(eq(meetupSeriesOrganisers.memberId, memberId));
    await tx.delete(meetupVotes).where(eq(meetupVotes.memberId, memberId));
    await tx.delete(meetupPollComments).where(eq(meetupPollComments.memberId, memberId));
    await tx.delete(rsvps).where(eq(rsvps.memberId, memberId));
    await tx.delete(meetupCheckIns).where(eq(meetupCheckIns.memberId, memberId));
    await tx
      .update(meetupCheckIns)
      .set({ markedById: null })
      .where(eq(meetupCheckIns.markedById, memberId));
    if (mode === 'erase_posts') {
      await tx.delete(agendaItems).where(eq(agendaItems.speakerId, memberId));
    }
  },
};
