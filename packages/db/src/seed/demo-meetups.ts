import { randomUUID } from 'node:crypto';
import { MeetupUpdateBody, NotesBody, SeriesBody } from '@praxis/contracts/meetups';
import { SlotInput } from '@praxis/contracts/zoned-time';
import type { Db } from '../client.ts';
import {
  agendaItems,
  meetupCheckIns,
  meetupPollComments,
  meetupSeries,
  meetupSeriesCohorts,
  meetupSeriesOrganisers,
  meetupSlots,
  meetups,
  meetupVotes,
  rsvps,
} from '../schema/meetups.ts';
import { notifications } from '../schema/notifications.ts';
import { asHistory } from './demo-history.ts';
import { meetupTimes } from './demo-meetup-dates.ts';
import {
  addAgenda,
  addAnswers,
  addVotes,
  type MeetupFrame,
  type MeetupRows,
} from './demo-meetup-participation.ts';
import {
  DEMO_SERIES,
  type DemoMeetup,
  type DemoSeries,
  UPCOMING_MEETUPS,
} from './demo-meetups-content.ts';
import { PAST_MEETUPS } from './demo-meetups-past.ts';
import type { DemoThreadsContext } from './demo-threads.ts';
import { DEMO_THREADS, type DemoAccount } from './demo-threads-content.ts';

export interface DemoMeetupsContext extends DemoThreadsContext {
  /** The seeded threads' ids by title, for agenda items that present one. */
  threadIds: ReadonlyMap<string, string>;
}

interface SeededSeries {
  id: string;
  content: DemoSeries;
  cohortIds: string[];
  organiserIds: string[];
}

const DAY = 86_400_000;
/** What an organiser's form sets on a meetup, all of it given. */
const MeetupFields = MeetupUpdateBody.omit({
  when: true,
  moveIntoPast: true,
  pollClosesAt: true,
}).required();

/**
 * The meetup series and their meetups: date polls, answers, agendas, notes, and the
 * notifications of the meetup ahead. Every time is counted from the seeding day, as the meetups
 * module would have recorded it along the way.
 */
export async function seedDemoMeetups(tx: Db, context: DemoMeetupsContext) {
  const rows = buildRows(context);
  await tx.insert(meetupSeries).values(rows.series);
  if (rows.seriesCohorts.length) await tx.insert(meetupSeriesCohorts).values(rows.seriesCohorts);
  await tx.insert(meetupSeriesOrganisers).values(rows.seriesOrganisers);
  await tx.insert(meetups).values(rows.meetups);
  if (rows.slots.length) await tx.insert(meetupSlots).values(rows.slots);
  if (rows.votes.length) await tx.insert(meetupVotes).values(rows.votes);
  if (rows.pollComments.length) await tx.insert(meetupPollComments).values(rows.pollComments);
  if (rows.rsvps.length) await tx.insert(rsvps).values(rows.rsvps);
  if (rows.checkIns.length) await tx.insert(meetupCheckIns).values(rows.checkIns);
  if (rows.agendaItems.length) await tx.insert(agendaItems).values(rows.agendaItems);
  if (rows.notifications.length)
    await tx.insert(notifications).values(rows.notifications.map(asHistory));
}

function buildRows(context: DemoMeetupsContext): MeetupRows {
  const rows: MeetupRows = {
    series: [],
    seriesCohorts: [],
    seriesOrganisers: [],
    meetups: [],
    slots: [],
    votes: [],
    pollComments: [],
    rsvps: [],
    checkIns: [],
    agendaItems: [],
    notifications: [],
  };
  const accountOf = accountLookup(context);
  const series = DEMO_SERIES.map((content): SeededSeries => {
    // The rules an organiser's form passes in the API.
    SeriesBody.parse({ ...content, cohortIds: [], organiserIds: [] });
    return {
      id: randomUUID(),
      content,
      cohortIds: content.cohorts.map((name) => cohortIdOf(name, context)),
      organiserIds: content.organisers.map((account) => accountOf(account).id),
    };
  });
  for (const meetup of [...PAST_MEETUPS, ...UPCOMING_MEETUPS]) {
    const inSeries = series.find((candidate) => candidate.content.name === meetup.series);
    if (!inSeries) throw new Error(`the demo meetup "${meetup.title}" names an unknown series`);
    addMeetup(rows, meetup, inSeries, context);
  }
  for (const { id, content, cohortIds, organiserIds } of series) {
    const opened = rows.meetups
      .filter((meetup) => meetup.seriesId === id)
      .map((meetup) => meetup.createdAt?.getTime() ?? context.now.getTime());
    rows.series.push({
      id,
      name: content.name,
      descriptionSource: content.description,
      descriptionHtml: context.cookMarkdown(content.description),
      cadenceMonths: content.cadenceMonths,
      defaultDurationMinutes: content.defaultDurationMinutes,
      defaultTimezone: content.defaultTimezone,
      defaultVenue: content.defaultVenue,
      defaultOnlineUrl: content.defaultOnlineUrl,
      createdById: accountOf(content.createdBy).id,
      createdAt: new Date(Math.min(context.now.getTime(), ...opened) - 30 * DAY),
    });
    rows.seriesCohorts.push(...cohortIds.map((cohortId) => ({ seriesId: id, cohortId })));
    rows.seriesOrganisers.push(...organiserIds.map((memberId) => ({ seriesId: id, memberId })));
  }
  return rows;
}

function addMeetup(
  rows: MeetupRows,
  meetup: DemoMeetup,
  series: SeededSeries,
  context: DemoMeetupsContext,
) {
  const { now, cookMarkdown } = context;
  const fail = (problem: string): never => {
    throw new Error(`the demo meetup "${meetup.title}" ${problem}`);
  };
  const accountOf = accountLookup(context);
  const input = MeetupFields.parse({
    title: meetup.title,
    description: meetup.description,
    venue: meetup.venue,
    onlineUrl: meetup.onlineUrl,
    capacity: meetup.capacity,
  });
  const open = meetup.status === 'proposed';
  const days = meetup.poll?.days ?? [0];
  if (open && (days.length < 2 || days.length > 12)) {
    fail('polls over fewer than 2 or over 12 dates');
  }
  if (!open && !days.includes(0)) fail('has no poll date on its own day (day 0)');
  if (new Set(days).size !== days.length) fail('offers the same day twice in its poll');
  // A zone the API would refuse, or an end before the start, is refused here too.
  SlotInput.parse({
    startsAt: `2000-01-01T${meetup.from}`,
    endsAt: `2000-01-01T${meetup.to}`,
    timezone: meetup.timezone,
  });
  const when = { ...meetup.date, days, from: meetup.from, to: meetup.to };
  const times = meetupTimes(when, meetup.timezone, open, now);
  const { held } = times;
  if (meetup.status === 'done' && !(held && held.endsAt < now)) fail('is done but not over');
  if (meetup.status === 'scheduled' && !(held && held.startsAt > now)) fail('is not ahead');
  if ((meetup.status === 'done') !== (meetup.notes !== undefined)) {
    fail('has notes without being done, or is done without notes');
  }

  const frame: MeetupFrame = {
    id: randomUUID(),
    content: meetup,
    times,
    slotIds: times.slots.map(() => randomUUID()),
    capacity: input.capacity,
    createdById: accountOf(meetup.createdBy).id,
    now,
    // Only invitees vote, answer and speak: the series' cohorts and organisers, or everyone.
    invitee: (account) => {
      const member = accountOf(account);
      const invited =
        series.cohortIds.length === 0 ||
        series.cohortIds.some((cohortId) => member.cohortIds.includes(cohortId)) ||
        series.organiserIds.includes(member.id);
      if (!invited) fail(`involves ${account}, who is not invited to ${series.content.name}`);
      return member;
    },
    presentedThreadId: (title, speaker) => presentedThreadId(title, speaker, context, fail),
    fail,
  };
  addVotes(rows, frame);
  addAnswers(rows, frame);
  addAgenda(rows, frame);

  // A meetup seeded without its poll has no candidate dates to show.
  if (meetup.poll) {
    rows.slots.push(
      ...times.slots.map(({ startsAt, endsAt }, index) => ({
        id: frame.slotIds[index],
        meetupId: frame.id,
        startsAt,
        endsAt,
        timezone: meetup.timezone,
      })),
    );
  }
  const notes = NotesBody.parse({ notes: meetup.notes ?? '' }).notes;
  rows.meetups.push({
    id: frame.id,
    seriesId: series.id,
    title: input.title,
    descriptionSource: input.description,
    descriptionHtml: cookMarkdown(input.description),
    status: meetup.status,
    startsAt: held?.startsAt ?? null,
    endsAt: held?.endsAt ?? null,
    timezone: meetup.timezone,
    venue: input.venue,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity,
    // Whole hours, as an organiser would set it.
    pollClosesAt:
      open && meetup.poll?.closesInDays
        ? new Date(
            Math.ceil((now.getTime() + meetup.poll.closesInDays * DAY) / 3_600_000) * 3_600_000,
          )
        : null,
    notesSource: notes,
    notesHtml: notes ? cookMarkdown(notes) : '',
    // Choosing the date is the first change a calendar picks up.
    sequence: open ? 0 : 1,
    createdById: frame.createdById,
    createdAt: times.opened,
    // Notes are written in the days after; until then the last change was choosing the date.
    updatedAt:
      meetup.status === 'done' && held
        ? new Date(Math.min(held.endsAt.getTime() + 3 * DAY, now.getTime()))
        : (times.scheduledAt ?? times.opened),
  });
}

/**
 * The thread an agenda item presents. The agenda is shown to every invitee, so like the API the
 * demo links only network-wide threads; and a story is presented by the member who wrote it.
 */
function presentedThreadId(
  title: string,
  speaker: DemoAccount,
  context: DemoMeetupsContext,
  fail: (problem: string) => never,
): string {
  const thread = DEMO_THREADS.find((candidate) => candidate.title === title);
  const id = context.threadIds.get(title);
  if (!thread || !id) return fail(`links the unknown thread "${title}"`);
  if (thread.cohort) return fail(`links "${title}", which only one cohort can see`);
  const story = thread.kind === 'success' || thread.kind === 'failure';
  if (story && thread.author !== speaker) return fail(`has ${speaker} present another's story`);
  return id;
}

function accountLookup(context: DemoMeetupsContext) {
  const byEmail = new Map(context.members.map((member) => [member.email, member]));
  return (account: DemoAccount) => {
    const member = byEmail.get(`${account}@praxis.example`);
    if (!member) throw new Error(`the demo meetups name ${account}, who is not seeded`);
    return member;
  };
}

function cohortIdOf(name: string, context: DemoMeetupsContext): string {
  const cohort = context.cohorts.find((candidate) => candidate.name === name);
  if (!cohort) throw new Error(`a demo meetup series invites the unknown cohort "${name}"`);
  return cohort.id;
}
