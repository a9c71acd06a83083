import { randomUUID } from 'node:crypto';
import { NewPilotUpdateBody } from '@praxis/contracts/pilot-updates';
import { NewPilotBody, TeamRole } from '@praxis/contracts/pilots';
import type { Db } from '../client.ts';
import { cohortTracks, programmeTracks } from '../schema/cohorts.ts';
import { notifications } from '../schema/notifications.ts';
import { pilotFollowers, pilotLinks, pilots, pilotTeam, pilotUpdates } from '../schema/pilots.ts';
import { asHistory } from './demo-history.ts';
import type { DemoLibraryContext, SeededLesson } from './demo-lessons.ts';
import { BIH_PILOTS } from './demo-pilots-bih.ts';
import {
  DEMO_TRACKS,
  type DemoPilot,
  type DemoStage,
  TRANSFO_PILOTS,
} from './demo-pilots-content.ts';
import { canSee } from './demo-sources.ts';

export interface DemoPilotsContext extends DemoLibraryContext {
  lessons: ReadonlyMap<string, SeededLesson>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Rows = {
  pilots: (typeof pilots.$inferInsert)[];
  team: (typeof pilotTeam.$inferInsert)[];
  updates: (typeof pilotUpdates.$inferInsert)[];
  followers: (typeof pilotFollowers.$inferInsert)[];
  links: (typeof pilotLinks.$inferInsert)[];
  notifications: (typeof notifications.$inferInsert)[];
};

/**
 * The programmes' tracks and the cohorts in each, then the pilots: their teams, dated updates
 * (stage changes among them), followers and links to the stories, threads, lessons and meetup
 * contributions they came from, and the notifications the last weeks' updates sent. A pilot's
 * stage and the day it changed come from its updates, as the pilots module keeps them.
 */
export async function seedDemoPilots(tx: Db, context: DemoPilotsContext) {
  const tracks = DEMO_TRACKS.map((track) => {
    const programme = context.programmes.find((candidate) => candidate.name === track.programme);
    if (!programme) throw new Error(`the demo track "${track.name}" names an unknown programme`);
    return { ...track, id: randomUUID(), programmeId: programme.id };
  });
  await tx
    .insert(programmeTracks)
    .values(tracks.map(({ id, programmeId, kind, name }) => ({ id, programmeId, kind, name })));
  await tx.insert(cohortTracks).values(
    tracks.flatMap((track) =>
      track.cohorts.map((name) => ({
        trackId: track.id,
        cohortId: cohortNamed(name, context).id,
      })),
    ),
  );

  const rows: Rows = {
    pilots: [],
    team: [],
    updates: [],
    followers: [],
    links: [],
    notifications: [],
  };
  for (const pilot of [...BIH_PILOTS, ...TRANSFO_PILOTS]) {
    const track = tracks.find(
      (candidate) => candidate.name === pilot.track && candidate.programme === pilot.programme,
    );
    const cohort = cohortNamed(pilot.cohort, context);
    if (!track?.cohorts.includes(cohort.name)) {
      throw new Error(`the demo pilot "${pilot.name}" came from a track its cohort is not in`);
    }
    addPilot(
      rows,
      pilot,
      { trackId: track.id, programmeId: track.programmeId, cohortId: cohort.id },
      context,
    );
  }
  await tx.insert(pilots).values(rows.pilots);
  await tx.insert(pilotTeam).values(rows.team);
  await tx.insert(pilotUpdates).values(rows.updates);
  await tx.insert(pilotFollowers).values(rows.followers);
  await tx.insert(pilotLinks).values(rows.links);
  if (rows.notifications.length)
    await tx.insert(notifications).values(rows.notifications.map(asHistory));
}

function addPilot(
  rows: Rows,
  pilot: DemoPilot,
  origin: { trackId: string; programmeId: string; cohortId: string },
  context: DemoPilotsContext,
) {
  const fail = (problem: string): never => {
    throw new Error(`the demo pilot "${pilot.name}" ${problem}`);
  };
  const { now, sources, cookMarkdown } = context;
  const id = randomUUID();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const createdAt = daysAgo(pilot.startedDaysAgo);
  // The rules a team's form passes in the API.
  const input = NewPilotBody.parse({
    ...origin,
    name: pilot.name,
    summary: pilot.summary,
    language: pilot.language ?? 'en',
    visibility: pilot.cohortOnly ? 'cohort' : 'network',
    organisations: pilot.organisations,
    startsOn: isoDay(createdAt),
    endsOn: pilot.endsInDays === undefined ? null : isoDay(daysAgo(-pilot.endsInDays)),
  });
  const seesIt = (account: Parameters<typeof sources.member>[0]) =>
    !pilot.cohortOnly || canSee(sources.member(account), [origin.cohortId]);

  // Its founders join minutes apart, the lead first, so the team lists in the order it formed.
  const team = pilot.team.map(({ member, role, joinedDaysAgo }, index) => ({
    member: sources.member(member),
    role: TeamRole.parse(role),
    joinedAt: joinedDaysAgo
      ? daysAgo(joinedDaysAgo)
      : new Date(createdAt.getTime() + index * 10 * 60_000),
    added: joinedDaysAgo !== undefined,
  }));
  const lead = team[0] ?? fail('has no team');
  for (const { member, role, joinedAt, added } of team) {
    rows.team.push({ pilotId: id, memberId: member.id, role, joinedAt });
    // Those added after it started were told, as the pilots module tells them.
    if (added) {
      rows.notifications.push(
        told(member.id, 'pilot_team_added', lead.member.id, id, null, joinedAt, now, { role }),
      );
    }
  }

  let stage: DemoStage = 'idea';
  let stageChangedAt = createdAt;
  let stopReason: string | null = null;
  for (const update of pilot.updates) {
    const at = daysAgo(update.daysAgo);
    const author = team.find(({ member }) => member === sources.member(update.author));
    if (!author || author.joinedAt > at)
      fail(`has an update by ${update.author}, not in its team then`);
    if (at <= createdAt || at > now) fail('has an update outside its life');
    if (update.stage === stage) fail(`moves to ${stage}, where it already is`);
    const reason =
      update.stage === 'stopped' ? (pilot.stopReason ?? fail('stops without a reason')) : undefined;
    const body = NewPilotUpdateBody.parse({
      body: update.body,
      stage: update.stage,
      stopReason: reason,
    });
    const updateId = randomUUID();
    rows.updates.push({
      id: updateId,
      pilotId: id,
      authorId: author?.member.id,
      bodySource: body.body,
      bodyHtml: cookMarkdown(body.body),
      language: update.language ?? input.language ?? 'en',
      stageFrom: update.stage ? stage : null,
      stageTo: update.stage ?? null,
      happenedOn: isoDay(new Date(at.getTime() - (update.aboutDaysEarlier ?? 0) * DAY)),
      createdAt: at,
    });
    // The team and followers of the time heard of the last month's updates.
    if (update.daysAgo <= 30) {
      const hearers = [
        ...team,
        ...pilot.followers.map((account) => ({ member: sources.member(account) })),
      ];
      for (const memberId of new Set(hearers.map(({ member }) => member.id))) {
        if (memberId === author?.member.id) continue;
        const detail: Record<string, string> = update.stage ? { stage: update.stage } : {};
        rows.notifications.push(
          told(memberId, 'pilot_update', author?.member.id ?? null, id, updateId, at, now, detail),
        );
      }
    }
    if (update.stage) {
      stage = update.stage;
      stageChangedAt = at;
      stopReason = reason ?? null;
    }
  }
  if ((stage === 'stopped') !== (pilot.stopReason !== undefined))
    fail('has a stop reason but did not stop, or the reverse');
  const lastUpdate = pilot.updates.at(-1);

  pilot.followers.forEach((account, index) => {
    const member = sources.member(account);
    if (team.some((mate) => mate.member === member)) fail(`is followed by ${account}, of its team`);
    if (!seesIt(account)) fail(`is followed by ${account}, who cannot see it`);
    const at = Math.min(createdAt.getTime() + (index + 1) * 2 * DAY, now.getTime() - HOUR);
    rows.followers.push({ pilotId: id, memberId: member.id, createdAt: new Date(at) });
  });

  // Its lead links what they can see, as the API lets them.
  const link = (
    target: { threadId?: string; lessonId?: string; agendaItemId?: string },
    since: Date,
    cohortIds: readonly string[] = [],
  ) => {
    if (!canSee(lead.member, cohortIds)) fail('links what its lead cannot see');
    const at = Math.min(
      Math.max(createdAt.getTime(), since.getTime()) + HOUR,
      now.getTime() - HOUR,
    );
    rows.links.push({
      pilotId: id,
      ...target,
      createdById: lead.member.id,
      createdAt: new Date(at),
    });
  };
  for (const title of pilot.links.threads ?? []) {
    const thread = sources.thread(title);
    link({ threadId: thread.id }, thread.createdAt, thread.cohortIds);
  }
  for (const title of pilot.links.lessons ?? []) {
    const lesson = context.lessons.get(title) ?? fail(`links the unknown lesson "${title}"`);
    link({ lessonId: lesson.id }, lesson.createdAt);
  }
  for (const title of pilot.links.agenda ?? []) {
    const item = sources.contribution(title);
    link({ agendaItemId: item.id }, item.createdAt, item.cohortIds);
  }

  rows.pilots.push({
    id,
    name: input.name,
    summarySource: input.summary,
    summaryHtml: cookMarkdown(input.summary),
    language: input.language ?? 'en',
    programmeId: origin.programmeId,
    trackId: input.trackId,
    cohortId: input.cohortId,
    visibility: input.visibility,
    organisations: input.organisations,
    stage,
    stopReason,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    stageChangedAt,
    createdById: lead.member.id,
    createdAt,
    updatedAt: lastUpdate ? daysAgo(lastUpdate.daysAgo) : createdAt,
  });
}

function cohortNamed(name: string, context: DemoPilotsContext) {
  const cohort = context.cohorts.find((candidate) => candidate.name === name);
  if (!cohort) throw new Error(`the demo pilots name the unknown cohort "${name}"`);
  return cohort;
}

function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** A notification of a pilot: read if it is more than a week old. */
function told(
  memberId: string,
  kind: 'pilot_update' | 'pilot_team_added',
  actorId: string | null,
  pilotId: string,
  pilotUpdateId: string | null,
  at: Date,
  now: Date,
  detail: Record<string, string>,
) {
  const old = now.getTime() - at.getTime() > 7 * DAY;
  return {
    memberId,
    kind,
    actorId,
    pilotId,
    pilotUpdateId,
    detail,
    createdAt: at,
    readAt: old ? new Date(at.getTime() + DAY) : null,
  };
}
