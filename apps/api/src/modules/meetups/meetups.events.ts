import type { LiveEvent } from '@praxis/contracts/realtime';
import type { Db } from '@praxis/db/client';
import type { Realtime } from '../../plugins/realtime.ts';
import { publish } from '../../realtime/bus.ts';
import * as repository from './meetups.repository.ts';

type MeetupChange = Extract<LiveEvent, { name: 'meetup.changed' }>['what'];

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /** Something on the meetup's page changed: answers, votes, the date, the agenda, notes. */
    'meetup.changed': { meetupId: string; what: MeetupChange };
    /** These members' answers changed, and with them whether they are in the meetup's room. */
    'meetup.attendance_changed': { meetupId: string; memberIds: string[] };
  }
}

/** Tells the meetup's open pages what changed, inside the transaction that changed it. */
export function meetupChanged(tx: Db, meetupId: string, what: MeetupChange) {
  return publish(tx, { name: 'meetup.changed', payload: { meetupId, what } });
}

/** Meetup pages follow `meetup:<id>` while the meetup's visibility rule lets the member see it. */
export function listenToMeetupEvents({ on, hub }: Realtime, db: Db) {
  hub.registerTopic('meetup', {
    canFollow: async (member, meetupId) =>
      (await repository.visibleAmong(db, member, [meetupId])).has(meetupId),
    visibleAmong: (member, meetupIds) => repository.visibleAmong(db, member, meetupIds),
  });
  on('meetup.changed', ({ meetupId, what }) => {
    const topic = `meetup:${meetupId}`;
    hub.toTopic(topic, { type: 'live', topic, event: { name: 'meetup.changed', meetupId, what } });
  });
  on('cohort.members_changed', ({ memberIds }) => hub.recheck(memberIds, 'meetup'));
}
