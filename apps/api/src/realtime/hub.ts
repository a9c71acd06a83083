import type { AccountMember } from '@praxis/contracts/members';
import {
  ClientFrame,
  CloseCode,
  PROTOCOL_VERSION,
  type ServerFrame,
} from '@praxis/contracts/realtime';
import type { Db } from '@praxis/db/client';
import type { z } from 'zod';
import { AppError } from '../app-error.ts';
import { pruneSpill } from './bus.ts';
import {
  Connection,
  type ConnectionHost,
  type FrameHandler,
  type FrameSocket,
  LIMITS,
} from './connection.ts';
import { FrameBudgets } from './frame-budget.ts';
import { createPresence } from './presence.ts';

const envelopeFrame = <Type extends ClientFrame['type']>(type: Type) =>
  ClientFrame.options.find((option) => option.shape.type.value === type) as Extract<
    (typeof ClientFrame.options)[number],
    { shape: { type: z.ZodLiteral<Type> } }
  >;

export const HUB_TIMING = {
  /** How often this instance tells the others it is alive and sweeps those that are not. */
  beatMs: 10_000,
  /** Every this many beats, each socket's session and followed topics are checked again. */
  recheckBeats: 6,
  /** A socket that has not answered a ping since the previous one is gone. */
  heartbeatMs: 30_000,
};

/**
 * A kind of topic (`thread`, `meetup`, chat's `room`), owned by the module whose visibility rule
 * decides who may follow it. `id` is what follows the colon, or '' for a bare topic.
 */
export interface TopicKind {
  canFollow(member: AccountMember, id: string): Promise<boolean>;
  /** Of these ids, those the member may follow, in one query; else `canFollow` for each. */
  visibleAmong?(member: AccountMember, ids: string[]): Promise<Set<string>>;
  /** Of these members, those who may follow `id`, in one query; else `canFollow` for each. */
  allowedAmong?(id: string, memberIds: string[]): Promise<Set<string>>;
  /** The member may no longer follow it: tell the socket. By default, an `error` frame. */
  expelled?(connection: Connection, id: string): void;
}

interface HubDeps {
  db: Db;
  memberFor(token: string): Promise<AccountMember | null>;
  onFailure(error: unknown): void;
  /** Announces a presence change to every instance. */
  announcePresence(memberId: string, online: boolean): Promise<void>;
}

/**
 * This instance's sockets: who is connected, which topics each follows (a topic's entry lives as
 * long as one socket follows it, so closing one never drops what another still needs), the
 * frame handlers modules registered, presence across instances, heartbeats and session checks.
 * It names no feature: modules register topic kinds and frames.
 */
export function createHub({ db, memberFor, onFailure, announcePresence }: HubDeps) {
  const byTopic = new Map<string, Set<Connection>>();
  const byMember = new Map<string, Set<Connection>>();
  const topicKinds = new Map<string, TopicKind>();
  const frames = new Map<string, FrameHandler<{ type: string }>>();
  const budgets = new FrameBudgets(LIMITS.frameBurst, LIMITS.framesPerSecond);
  const presence = createPresence({
    db,
    isConnected: (memberId) => (byMember.get(memberId)?.size ?? 0) > 0,
    announce: announcePresence,
    onFailure,
  });
  let beats = 0;
  let timers: NodeJS.Timeout[] = [];

  const host: ConnectionHost = {
    frameHandler: (type) => frames.get(type),
    frameTypes: () => [...frames.keys()],
    spend: (memberId, cost) => budgets.spend(memberId, cost),
    onFailure,
  };

  function join(connection: Connection, topic: string) {
    connection.topics.add(topic);
    const followers = byTopic.get(topic) ?? new Set();
    followers.add(connection);
    byTopic.set(topic, followers);
  }

  function leave(connection: Connection, topic: string) {
    connection.topics.delete(topic);
    const followers = byTopic.get(topic);
    followers?.delete(connection);
    if (followers?.size === 0) byTopic.delete(topic);
  }

  const kindNameOf = (topic: string) => {
    const colon = topic.indexOf(':');
    return colon === -1 ? topic : topic.slice(0, colon);
  };

  function kindOf(topic: string): [TopicKind | undefined, string] {
    const colon = topic.indexOf(':');
    return [topicKinds.get(kindNameOf(topic)), colon === -1 ? '' : topic.slice(colon + 1)];
  }

  /**
   * Follows `topic` if its owner's visibility rule lets the member see it. The socket joins
   * before the check, so that a change of access meanwhile is not missed by `recheck`.
   */
  async function follow(connection: Connection, topic: string): Promise<boolean> {
    const [kind, id] = kindOf(topic);
    if (!kind) return false;
    if (!connection.topics.has(topic) && connection.topics.size >= LIMITS.follows) {
      connection.error('invalid', `Follow at most ${LIMITS.follows} rooms and pages at once.`);
      return false;
    }
    // Pending until allowed: nothing of the topic reaches the socket before the check passes.
    join(connection, topic);
    connection.hold(topic);
    const allowed = await kind.canFollow(connection.member, id);
    connection.release(topic);
    if (allowed) return true;
    leave(connection, topic);
    return false;
  }

  function expel(connection: Connection, topic: string) {
    if (!connection.topics.has(topic)) return;
    const [kind, id] = kindOf(topic);
    leave(connection, topic);
    if (kind?.expelled) kind.expelled(connection, id);
    else connection.error('forbidden', 'You can no longer see this.', topic);
  }

  /**
   * Drops every followed topic these sockets may no longer see: one query per member and kind
   * where the kind can answer for many at once, whatever number of tabs and topics.
   */
  async function recheckConnections(connections: Connection[], onlyKind?: string) {
    const byKindAndMember = new Map<string, Connection[]>();
    for (const connection of connections) {
      if (connection.closed) continue;
      for (const topic of connection.topics) {
        const kind = kindNameOf(topic);
        if (onlyKind !== undefined && kind !== onlyKind) continue;
        const key = `${kind}\u0000${connection.member.id}`;
        const group = byKindAndMember.get(key) ?? [];
        if (!group.includes(connection)) group.push(connection);
        byKindAndMember.set(key, group);
      }
    }
    for (const [key, group] of byKindAndMember) {
      const kindName = key.slice(0, key.indexOf('\u0000'));
      const kind = topicKinds.get(kindName);
      const first = group[0];
      if (!kind || !first) continue;
      const prefix = `${kindName}:`;
      const ids = [
        ...new Set(
          group.flatMap((connection) =>
            [...connection.topics].filter((topic) => topic.startsWith(prefix)),
          ),
        ),
      ].map((topic) => topic.slice(prefix.length));
      const visible = kind.visibleAmong
        ? await kind.visibleAmong(first.member, ids)
        : new Set(
            (
              await Promise.all(
                ids.map(async (id) => ((await kind.canFollow(first.member, id)) ? id : null)),
              )
            ).filter((id) => id !== null),
          );
      for (const connection of group) {
        for (const id of ids) if (!visible.has(id)) expel(connection, `${prefix}${id}`);
      }
    }
  }

  /** Who may see `topic` changed: its followers are checked again, in one query if the kind can. */
  async function recheckTopic(topic: string) {
    const followers = [...(byTopic.get(topic) ?? [])];
    const [kind, id] = kindOf(topic);
    if (!kind || followers.length === 0) return;
    if (!kind.allowedAmong) return recheckConnections(followers, kindNameOf(topic));
    const allowed = await kind.allowedAmong(
      id,
      followers.map((connection) => connection.member.id),
    );
    for (const connection of followers) {
      if (!allowed.has(connection.member.id)) expel(connection, topic);
    }
  }

  /** Closes sockets whose session ended; the others see their member as they are now (a role). */
  async function checkSessions(connections: Connection[]) {
    for (const connection of connections) {
      const member = await memberFor(connection.sessionToken);
      if (member) connection.member = member;
      else connection.close(CloseCode.sessionEnded, 'Your session ended; sign in again.');
    }
  }

  const everyConnection = () => [...byMember.values()].flatMap((mine) => [...mine]);

  let beating = false;
  async function beat() {
    // A slow beat is not overlapped by the next one.
    if (beating) return;
    beating = true;
    try {
      await beatOnce();
    } finally {
      beating = false;
    }
  }

  async function beatOnce() {
    await presence.beat([...byMember.keys()]);
    budgets.prune();
    beats += 1;
    if (beats % HUB_TIMING.recheckBeats === 0) {
      await pruneSpill(db);
      const connections = everyConnection();
      await checkSessions(connections);
      await recheckConnections(connections.filter((connection) => !connection.closed));
    }
  }

  // The envelope's own frames: every other kind is registered by the module that owns it.
  registerFrame('ping', {
    schema: envelopeFrame('ping'),
    cost: 1,
    immediate: true,
    handle: (connection) => connection.write({ type: 'pong' }),
  });
  registerFrame('follow', {
    schema: envelopeFrame('follow'),
    cost: 2,
    async handle(connection, { topic }) {
      if (!(await follow(connection, topic))) {
        throw new AppError('forbidden', 'This does not exist, or you cannot see it.');
      }
      connection.write({ type: 'followed', topic });
    },
  });
  registerFrame('unfollow', {
    schema: envelopeFrame('unfollow'),
    cost: 1,
    handle: (connection, { topic }) => leave(connection, topic),
  });

  function registerFrame<Frame extends { type: string }>(
    type: Frame['type'],
    handler: FrameHandler<Frame>,
  ) {
    frames.set(type, handler as unknown as FrameHandler<{ type: string }>);
  }

  function toMember(memberId: string, frame: ServerFrame) {
    const mine = byMember.get(memberId);
    if (!mine) return;
    const text = JSON.stringify(frame);
    for (const connection of mine) connection.writeText(text);
  }

  return {
    instanceId: presence.instanceId,
    join,
    leave,
    follow,

    registerTopic(kind: string, topicKind: TopicKind) {
      topicKinds.set(kind, topicKind);
    },

    registerFrame,

    setPresencePolicy: presence.setPolicy,

    toMember,

    /** Sends `frame` to every socket following `topic`, serialised once. */
    toTopic(topic: string, frame: ServerFrame) {
      const followers = byTopic.get(topic);
      if (!followers?.size) return;
      const text = JSON.stringify(frame);
      for (const connection of followers) {
        if (!connection.holds(topic)) connection.writeText(text);
      }
    },

    toEveryone(frame: ServerFrame) {
      const text = JSON.stringify(frame);
      for (const connections of byMember.values()) {
        for (const connection of connections) connection.writeText(text);
      }
    },

    /** The sockets following `topic`, without those whose access is still being checked. */
    followers: (topic: string): Connection[] =>
      [...(byTopic.get(topic) ?? [])].filter((connection) => !connection.holds(topic)),
    connectionsOf: (memberId: string): Connection[] => [...(byMember.get(memberId) ?? [])],
    everyConnection,

    /** Access of these members changed: their sockets drop what they may no longer follow. */
    recheck: (memberIds: string[], onlyKind?: string) =>
      recheckConnections(
        memberIds.flatMap((memberId) => [...(byMember.get(memberId) ?? [])]),
        onlyKind,
      ),

    recheckTopic,

    checkSessionsOf: (memberId: string) => checkSessions([...(byMember.get(memberId) ?? [])]),

    async start() {
      await presence.start();
      timers = [
        setInterval(() => void beat().catch(onFailure), HUB_TIMING.beatMs),
        // One timer for every socket's heartbeat, not one per socket.
        setInterval(() => {
          for (const connection of everyConnection()) connection.beat();
        }, HUB_TIMING.heartbeatMs),
      ];
      for (const timer of timers) timer.unref();
    },

    /** Takes a socket that has just opened; synchronous, so no frame can arrive unheard. */
    connect(socket: FrameSocket, member: AccountMember, sessionToken: string): Connection {
      const connection = new Connection(member, sessionToken, socket, host);
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
      presence.sync(member.id);
      connection.enqueue(async () => {
        const shown = await presence.shown();
        shown.add(member.id);
        connection.write({
          type: 'hello',
          protocol: PROTOCOL_VERSION,
          memberId: member.id,
          online: [...shown],
        });
      });
      return connection;
    },

    disconnect(connection: Connection) {
      connection.closed = true;
      for (const topic of [...connection.topics]) leave(connection, topic);
      const mine = byMember.get(connection.member.id);
      if (!mine?.delete(connection)) return;
      if (mine.size === 0) byMember.delete(connection.member.id);
      presence.sync(connection.member.id);
    },

    async stop() {
      for (const timer of timers) clearInterval(timer);
      const members = [...byMember.keys()];
      for (const connection of everyConnection()) {
        connection.close(CloseCode.goingAway, 'This server is restarting; reconnect to resume.');
      }
      await presence.stop(members);
    },
  };
}

export type Hub = ReturnType<typeof createHub>;
