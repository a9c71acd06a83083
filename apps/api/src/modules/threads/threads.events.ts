import type { LiveEvent } from '@praxis/contracts/realtime';
import type { Db } from '@praxis/db/client';
import type { Realtime } from '../../plugins/realtime.ts';
import * as repository from './threads.repository.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    'thread.created': { threadId: string; authorId: string };
    'thread.reply_created': { threadId: string; replyId: string; authorId: string };
    /** A reply was edited, deleted or marked helpful. */
    'thread.reply_changed': { threadId: string; replyId: string };
    /** The thread was edited, answered, pinned, locked, hidden or marked helpful. */
    'thread.changed': { threadId: string };
  }
}

type ThreadEvent = Extract<LiveEvent, { name: `thread.${string}` }>;

/**
 * Thread pages follow `thread:<id>` while the thread's visibility rule lets the member see it;
 * thread lists follow `threads` and hear of activity in the threads each member can see.
 */
export function listenToThreadEvents({ on, hub }: Realtime, db: Db) {
  hub.registerTopic('thread', {
    canFollow: async (member, threadId) =>
      (await repository.visibleAmong(db, member, [threadId])).has(threadId),
    visibleAmong: (member, threadIds) => repository.visibleAmong(db, member, threadIds),
    allowedAmong: async (threadId, memberIds) =>
      new Set(await repository.membersWhoCanSee(db, threadId, memberIds)),
  });
  hub.registerTopic('threads', { canFollow: async () => true });

  async function toPageAndLists(event: ThreadEvent) {
    const topic = `thread:${event.threadId}`;
    hub.toTopic(topic, { type: 'live', topic, event });
    const listeners = [...hub.followers('threads')];
    if (listeners.length === 0) return;
    const seeing = new Set(
      await repository.membersWhoCanSee(
        db,
        event.threadId,
        listeners.map((connection) => connection.member.id),
      ),
    );
    const text = JSON.stringify({
      type: 'live',
      topic: 'threads',
      event: { name: 'thread.activity', threadId: event.threadId },
    });
    for (const connection of listeners) {
      if (seeing.has(connection.member.id)) connection.writeText(text);
    }
  }

  on('thread.created', ({ threadId }) => toPageAndLists({ name: 'thread.changed', threadId }));
  on('thread.reply_created', (payload) =>
    toPageAndLists({ name: 'thread.reply_created', ...payload }),
  );
  on('thread.reply_changed', (payload) =>
    toPageAndLists({ name: 'thread.reply_changed', ...payload }),
  );
  on('thread.changed', async ({ threadId }) => {
    // The open pages read the thread again first: one hidden from them then says it is gone.
    await toPageAndLists({ name: 'thread.changed', threadId });
    await hub.recheckTopic(`thread:${threadId}`);
  });
  on('cohort.members_changed', ({ memberIds }) => hub.recheck(memberIds, 'thread'));
}
