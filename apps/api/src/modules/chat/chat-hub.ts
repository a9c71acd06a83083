import { randomUUID } from 'node:crypto';
import { CloseCode, PROTOCOL_VERSION, type ServerFrame } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { FastifyBaseLogger } from 'fastify';
import type { Sessions } from '../../plugins/auth.ts';
import type { RealtimeBus } from '../../plugins/realtime.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import type { NotificationBus } from '../notifications/notifications.events.ts';
import type { ChatEvent } from './chat.events.ts';
import type { ChatService } from './chat.service.ts';
import { ChatConnection, type FrameSocket, LIMITS } from './chat-connection.ts';
import { FrameBudgets } from './frame-budget.ts';
import * as presence from './presence.repository.ts';

export const HUB_TIMING = {
  /** How often this instance tells the others it is alive and sweeps those that are not. */
  beatMs: 10_000,
  /** Every this many beats, each connection's session is checked again. */
  sessionCheckBeats: 6,
};

interface HubDeps {
  db: Db;
  chat: ChatService;
  realtime: RealtimeBus;
  notificationBus: NotificationBus;
  sessions: Pick<Sessions, 'memberFor' | 'onEnded'>;
  log: FastifyBaseLogger;
}

/**
 * This instance's side of real time: which of its connections follow which room, who of its
 * members is connected (for presence across instances), and the fan-out of bus events to its
 * own sockets. A room's entry lives as long as one connection follows it: closing one socket
 * never drops a room another still needs.
 */
export function createChatHub({ db, chat, realtime, notificationBus, sessions, log }: HubDeps) {
  const instanceId = randomUUID();
  const byRoom = new Map<string, Set<ChatConnection>>();
  const byMember = new Map<string, Set<ChatConnection>>();
  /** Members whose arrival this instance has handled: recorded, and announced if they show it. */
  const arrived = new Set<string>();
  const presenceWork = new Map<string, Promise<void>>();
  let dispatching: Promise<void> = Promise.resolve();
  const budgets = new FrameBudgets(LIMITS.frameBurst, LIMITS.framesPerSecond);
  const typedAt = new Map<string, number>();
  let beats = 0;
  let timer: NodeJS.Timeout | undefined;

  const failed = (error: unknown) => log.error({ err: error }, 'chat: a realtime task failed');

  const unsubscribers = [
    // Events are handled one after another: one that must read its message from the table
    // holds back those behind it, so each room's order survives.
    realtime.subscribe((event) => {
      dispatching = dispatching.then(() => dispatch(event)).catch(failed);
    }),
    realtime.onResume(() => {
      for (const connections of byMember.values()) {
        for (const connection of connections) connection.resync();
      }
    }),
    notificationBus.subscribe((stored) => {
      const items = stored.map(({ id, memberId, kind }) => ({ id, memberId, kind }));
      realtime.publish(db, { k: 'notifications', items }).catch(failed);
    }),
  ];
  sessions.onEnded((memberId) => {
    realtime.publish(db, { k: 'sessions', memberId }).catch(failed);
  });

  function toMember(memberId: string, frame: ServerFrame) {
    const text = JSON.stringify(frame);
    for (const connection of byMember.get(memberId) ?? []) connection.writeText(text);
  }

  async function dispatch(event: ChatEvent) {
    switch (event.k) {
      case 'message': {
        const followers = byRoom.get(event.roomId);
        if (!followers?.size) return;
        const message = event.message ?? (await chat.messageAt(event.roomId, event.change));
        if (!message) {
          // Changed again since: the followers read the room back from the database.
          for (const connection of followers) connection.resync(event.roomId);
          return;
        }
        const text = JSON.stringify({ type: 'message', message } satisfies ServerFrame);
        for (const connection of followers) connection.deliver(event.roomId, event.change, text);
        return;
      }
      case 'typing': {
        const text = JSON.stringify({
          type: 'typing',
          roomId: event.roomId,
          memberId: event.memberId,
          name: event.name,
        } satisfies ServerFrame);
        for (const connection of byRoom.get(event.roomId) ?? []) {
          if (connection.subscriptions.get(event.roomId)?.held === null) connection.writeText(text);
        }
        return;
      }
      case 'presence': {
        const text = JSON.stringify({
          type: 'presence',
          memberId: event.memberId,
          online: event.online,
        } satisfies ServerFrame);
        for (const connections of byMember.values()) {
          for (const connection of connections) connection.writeText(text);
        }
        return;
      }
      case 'read':
        return toMember(event.memberId, {
          type: 'read',
          roomId: event.roomId,
          memberId: event.memberId,
          seq: event.seq,
        });
      case 'rooms':
        for (const memberId of event.memberIds) {
          const connections = [...(byMember.get(memberId) ?? [])];
          await checkRooms(connections);
          toMember(memberId, { type: 'rooms' });
        }
        return;
      case 'notifications':
        for (const item of event.items) {
          toMember(item.memberId, { type: 'notification', id: item.id, kind: item.kind });
        }
        return;
      case 'sessions':
        await checkSessions([...(byMember.get(event.memberId) ?? [])]);
        return;
    }
  }

  async function checkSessions(connections: ChatConnection[]) {
    for (const connection of connections) {
      const member = await sessions.memberFor(connection.sessionToken);
      if (!member) connection.close(CloseCode.sessionEnded, 'Your session ended; sign in again.');
    }
  }

  /**
   * Someone who left a cohort or a meetup stops receiving its room: at once when the change is
   * announced, and within a minute whatever way it happened.
   */
  async function checkRooms(connections: ChatConnection[]) {
    for (const connection of connections) {
      const followed = [...connection.subscriptions.keys()];
      const still = await chat.roomsAmong(connection.member.id, followed);
      const gone = followed.filter((roomId) => !still.has(roomId));
      for (const roomId of gone) connection.expel(roomId);
      if (gone.length > 0) connection.write({ type: 'rooms' });
    }
  }

  /** Serialised per member, and decided by the state when it runs, so quick reconnects settle right. */
  function syncPresence(memberId: string) {
    const next = (presenceWork.get(memberId) ?? Promise.resolve())
      .then(async () => {
        const connected = (byMember.get(memberId)?.size ?? 0) > 0;
        if (connected) {
          await presence.addConnections(db, instanceId, [memberId]);
          if (arrived.has(memberId)) return;
          arrived.add(memberId);
          // Someone who hides it stays offline to others, though Praxis knows they are here.
          if ((await presence.showingOnline(db, [memberId])).has(memberId)) {
            await realtime.publish(db, { k: 'presence', memberId, online: true });
          }
          return;
        }
        await presence.removeConnection(db, instanceId, memberId);
        arrived.delete(memberId);
        await announceOfflineUnlessElsewhere([memberId]);
      })
      .catch(failed);
    presenceWork.set(memberId, next);
    void next.finally(() => {
      if (presenceWork.get(memberId) === next) presenceWork.delete(memberId);
    });
  }

  /** Members who hide their presence were never online to others, so they never go offline. */
  async function announceOfflineUnlessElsewhere(memberIds: string[]) {
    const shown = await presence.showingOnline(db, memberIds);
    const online = await presence.onlineAmong(db, [...shown]);
    for (const memberId of shown) {
      if (!online.has(memberId))
        await realtime.publish(db, { k: 'presence', memberId, online: false });
    }
  }

  async function beat() {
    await presence.beat(db, instanceId);
    // Rows another instance swept while this one could not reach the database come back.
    await presence.addConnections(db, instanceId, [...byMember.keys()]);
    budgets.prune();
    const now = Date.now();
    for (const [key, at] of typedAt) {
      if (now - at >= LIMITS.typingEveryMs) typedAt.delete(key);
    }
    const gone = await presence.sweepStale(db);
    await announceOfflineUnlessElsewhere(gone);
    beats += 1;
    if (beats % HUB_TIMING.sessionCheckBeats === 0) {
      const connections = [...byMember.values()].flatMap((mine) => [...mine]);
      await checkSessions(connections);
      await checkRooms(connections.filter((connection) => !connection.closed));
    }
  }

  return {
    instanceId,

    async start() {
      await presence.beat(db, instanceId);
      timer = setInterval(() => void beat().catch(failed), HUB_TIMING.beatMs);
      timer.unref();
    },

    /** Takes a socket that has just opened; synchronous, so no frame can arrive unheard. */
    connect(socket: FrameSocket, member: AccountMember, sessionToken: string): ChatConnection {
      const author = authorsById(db, [member.id]).then((authors) => {
        const found = authors.get(member.id);
        if (!found) throw new Error(`member ${member.id} has no author row`);
        return toAuthor(found);
      });
      author.catch(() => {});
      const connection = new ChatConnection(
        member,
        sessionToken,
        author,
        socket,
        chat,
        {
          join(joining, roomId) {
            const followers = byRoom.get(roomId) ?? new Set();
            followers.add(joining);
            byRoom.set(roomId, followers);
          },
          leave(leaving, roomId) {
            const followers = byRoom.get(roomId);
            followers?.delete(leaving);
            if (followers?.size === 0) byRoom.delete(roomId);
          },
          spend: (memberId, cost) => budgets.spend(memberId, cost),
          async announceTyping(roomId, typist) {
            // Per member and room, whatever number of tabs they type from.
            const key = `${typist.id}:${roomId}`;
            const now = Date.now();
            if (now - (typedAt.get(key) ?? 0) < LIMITS.typingEveryMs) return;
            typedAt.set(key, now);
            await realtime.publish(db, {
              k: 'typing',
              roomId,
              memberId: typist.id,
              name: typist.name,
            });
          },
        },
        failed,
      );
      const mine = byMember.get(member.id) ?? new Set();
      if (mine.size >= LIMITS.connectionsPerMember) {
        connection.close(
          CloseCode.tooManyConnections,
          `At most ${LIMITS.connectionsPerMember} open tabs at once; close some and reload.`,
        );
        return connection;
      }
      mine.add(connection);
      byMember.set(member.id, mine);
      syncPresence(member.id);
      connection.enqueue(async () => {
        const online = new Set(await presence.shownOnline(db));
        online.add(member.id);
        connection.write({
          type: 'hello',
          protocol: PROTOCOL_VERSION,
          memberId: member.id,
          online: [...online],
        });
      });
      return connection;
    },

    disconnect(connection: ChatConnection) {
      connection.closed = true;
      for (const roomId of connection.subscriptions.keys()) {
        const followers = byRoom.get(roomId);
        followers?.delete(connection);
        if (followers?.size === 0) byRoom.delete(roomId);
      }
      const mine = byMember.get(connection.member.id);
      mine?.delete(connection);
      if (mine?.size === 0) byMember.delete(connection.member.id);
      syncPresence(connection.member.id);
    },

    /** Rooms followed on this instance, and by how many connections: for tests and metrics. */
    followers: (roomId: string) => byRoom.get(roomId)?.size ?? 0,

    async stop() {
      clearInterval(timer);
      for (const unsubscribe of unsubscribers) unsubscribe();
      const members = [...byMember.keys()];
      for (const connections of byMember.values()) {
        for (const connection of connections) {
          connection.close(CloseCode.goingAway, 'This server is restarting; reconnect to resume.');
        }
      }
      await Promise.allSettled(presenceWork.values());
      await presence.removeInstance(db, instanceId).catch(failed);
      await announceOfflineUnlessElsewhere(members).catch(failed);
    },
  };
}

export type ChatHub = ReturnType<typeof createChatHub>;
