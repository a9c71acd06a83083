import type { Db } from '../client.ts';
import { agendaItems, meetupSeriesCohorts, meetups } from '../schema/meetups.ts';
import { replies, threads } from '../schema/threads.ts';
import type { DemoThreadsContext } from './demo-threads.ts';
import type { DemoAccount } from './demo-threads-content.ts';

/** A seeded post or meetup contribution that lessons draw on and pilots link to. */
export interface DemoSource {
  id: string;
  authorId: string;
  createdAt: Date;
  /** The cohorts that alone see it; empty: the whole network. */
  cohortIds: string[];
  /** A reply's thread, or an agenda item's meetup. */
  parentId?: string;
}

export interface DemoSources {
  thread(title: string): DemoSource & { kind: string; acceptedReplyId: string | null };
  reply(threadTitle: string, author: DemoAccount): DemoSource;
  /** A past meetup's notes: written by whoever created the meetup, once it was over. */
  notes(meetupTitle: string): DemoSource;
  agendaItem(meetupTitle: string, itemTitle: string): DemoSource & { accepted: boolean };
  /** A contribution to any past meetup, by its title alone, which no two share. */
  contribution(itemTitle: string): DemoSource;
  member(account: DemoAccount): DemoThreadsContext['members'][number];
}

/**
 * What the threads and meetups seeds wrote, read back once, so that the lessons and pilots seeds
 * name it by title as their content does (and fail loudly on a title that does not exist).
 */
export async function loadDemoSources(tx: Db, context: DemoThreadsContext): Promise<DemoSources> {
  // One after another: a transaction's connection runs one statement at a time.
  const threadRows = await tx.select().from(threads);
  const replyRows = await tx.select().from(replies);
  const meetupRows = await tx.select().from(meetups);
  const seriesCohorts = await tx.select().from(meetupSeriesCohorts);
  const itemRows = await tx.select().from(agendaItems);
  const byEmail = new Map(context.members.map((member) => [member.email, member]));
  const member = (account: DemoAccount) => {
    const found = byEmail.get(`${account}@praxis.example`);
    if (!found) throw new Error(`the demo library names ${account}, who is not seeded`);
    return found;
  };
  const threadNamed = (title: string) => {
    const row = threadRows.find((candidate) => candidate.title === title);
    if (!row) throw new Error(`the demo library names the unknown thread "${title}"`);
    return row;
  };
  const meetupNamed = (title: string) => {
    const row = meetupRows.find((candidate) => candidate.title === title);
    if (!row) throw new Error(`the demo library names the unknown meetup "${title}"`);
    if (row.status !== 'done' || !row.endsAt) {
      throw new Error(`the demo library draws on "${title}", which has not happened`);
    }
    const cohortIds = seriesCohorts
      .filter((link) => link.seriesId === row.seriesId)
      .map((link) => link.cohortId);
    return { ...row, endsAt: row.endsAt, cohortIds };
  };
  const agendaItem = (meetupTitle: string, itemTitle: string) => {
    const meetup = meetupNamed(meetupTitle);
    const row = itemRows.find((item) => item.meetupId === meetup.id && item.title === itemTitle);
    if (!row) throw new Error(`"${meetupTitle}" has no agenda item "${itemTitle}"`);
    return {
      id: row.id,
      authorId: row.speakerId,
      // What was said counts from the day it was said.
      createdAt: meetup.endsAt,
      cohortIds: meetup.cohortIds,
      parentId: meetup.id,
      accepted: row.status === 'accepted',
    };
  };
  return {
    thread(title) {
      const row = threadNamed(title);
      return {
        id: row.id,
        authorId: row.authorId ?? '',
        createdAt: row.createdAt,
        cohortIds: row.cohortId ? [row.cohortId] : [],
        kind: row.kind,
        acceptedReplyId: row.acceptedReplyId,
      };
    },
    reply(threadTitle, author) {
      const thread = threadNamed(threadTitle);
      const authorId = member(author).id;
      const row = replyRows.find(
        (reply) => reply.threadId === thread.id && reply.authorId === authorId,
      );
      if (!row) throw new Error(`${author} has no reply in "${threadTitle}"`);
      return {
        id: row.id,
        authorId,
        createdAt: row.createdAt,
        cohortIds: thread.cohortId ? [thread.cohortId] : [],
        parentId: thread.id,
      };
    },
    notes(meetupTitle) {
      const meetup = meetupNamed(meetupTitle);
      return {
        id: meetup.id,
        authorId: meetup.createdById ?? '',
        createdAt: meetup.updatedAt,
        cohortIds: meetup.cohortIds,
      };
    },
    agendaItem,
    contribution(itemTitle) {
      const found = itemRows.filter((item) => item.title === itemTitle);
      const meetup = meetupRows.find((candidate) => candidate.id === found[0]?.meetupId);
      if (found.length !== 1 || !meetup) {
        throw new Error(`the demo library names ${found.length} agenda items "${itemTitle}"`);
      }
      return agendaItem(meetup.title, itemTitle);
    },
    member,
  };
}

/**
 * Whether a member sees something only these cohorts see (none: everyone does). The demo's
 * organisers belong to every cohort, so this holds for them too.
 */
export function canSee(
  member: DemoThreadsContext['members'][number],
  cohortIds: readonly string[],
): boolean {
  return (
    cohortIds.length === 0 || cohortIds.some((cohortId) => member.cohortIds.includes(cohortId))
  );
}
