import type { AccountMember } from '@praxis/contracts/members';
import { ClientFrame, CloseCode, type ServerFrame } from '@praxis/contracts/realtime';
import type { Db } from '@praxis/db/client';
import { type Locale, sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import type { z } from 'zod';
import { AppError } from '../app-error.ts';
import {
  Connection,
  type ConnectionHost,
  type FrameHandler,
  type FrameSocket,
  LIMITS,
} from './connection.ts';
import { FrameBudgets } from './frame-budget.ts';
import { createPresence, type PresenceChange } from './presence.ts';
import { checkSessionsOf } from './session-checks.ts';
import { SharedFrame } from './shared-frame.ts';
import { createTopics } from './topics.ts';

const envelopeFrame = <Type extends ClientFrame['type']>(type: Type) =>
  ClientFrame.options.find((option) => option.shape.type.value === type) as Extract<
    (typeof ClientFrame.options)[number],
    { shape: { type: z.ZodLiteral<Type> } }
  >;

const HUB_TIMING = {
  /** How often this instance tells the others it is alive and sweeps those that are not. */
  beatMs: 10_000,
  /** Every this many beats, each socket's session and followed topics are checked again. */
  recheckBeats: 6,
  /** A socket that has not answered a ping since the previous one is gone. */
  heartbeatMs: 30_000,
};

interface HubDeps {
  db: Db;
  /**
   * The member a session signs in, or null. The minute's check asks hundreds at once: lookups
   * asked together should go in one statement, or they all queue for the pool at once.
   */
  memberFor(token: string): Promise<AccountMember | null>;
  onFailure(error: unknown): void;
  /** Announces presence changes to every instance. */
  announcePresence(changes: PresenceChange[]): Promise<void>;
  /** The language of a member's error frames; their own choice, else English (tests). */
  localeFor?(member: AccountMember): Locale;
  /** How long a member who closed their last socket still counts as online; none if unset. */
  offlineGraceMs?: number;
}

/**
 * This instance's sockets: who is connected, which topics each follows (a topic's entry lives as
 * long as one socket follows it, so closing one never drops what another still needs), the
 * frame handlers modules registered, presence across instances, heartbeats and session checks.
 * It names no feature: modules register topic kinds and frames.
 */
export function createHub({
  db,
  memberFor,
  onFailure,
  announcePresence,
  localeFor,
  offlineGraceMs = 0,
}: HubDeps) {
  const topics = createTopics();
  const byMember = new Map<string, Set<Connection>>();
  const frames = new Map<string, FrameHandler<{ type: string }>>();
  const budgets = new FrameBudgets(LIMITS.frameBurst, LIMITS.framesPerSecond);
  const presence = createPresence({
    db,
    isConnected: (memberId) => (byMember.get(memberId)?.size ?? 0) > 0,
    isFocused: (memberId) =>
      [...(byMember.get(memberId) ?? [])].some((connection) => connection.focused),
    announce: announcePresence,
    onFailure,
    offlineGraceMs,
    onCorrected: (changes) => toEveryone({ type: 'presence', changes }),
  });
  let beats = 0;
  let timers: NodeJS.Timeout[] = [];
  /** The online list's read again, not waited for by the beat; `stop` waits for it. */
  let refreshing: Promise<void> = Promise.resolve();

  const host: ConnectionHost = {
    frameHandler: (type) => frames.get(type),
    frameTypes: () => [...frames.keys()],
    spend: (memberId, cost) => budgets.spend(memberId, cost),
    onFailure,
    locale: localeFor ?? ((member) => member.locale ?? sourceLocale),
  };

  const checkSessions = (connections: Connection[]) =>
    checkSessionsOf(connections, memberFor, onFailure);

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
      // Not waited for: a slow read must not hold back the beat that keeps this instance alive.
      refreshing = presence.refresh().catch(onFailure);
      const connections = everyConnection();
      await checkSessions(connections);
      await topics.recheckConnections(connections.filter((connection) => !connection.closed));
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
      if (!(await topics.follow(connection, topic))) {
        throw new AppError('forbidden', msg('errors.realtime.cannotFollow'));
      }
      connection.write({ type: 'followed', topic });
    },
  });
  registerFrame('unfollow', {
    schema: envelopeFrame('unfollow'),
    cost: 1,
    handle: (connection, { topic }) => topics.leave(connection, topic),
  });

  registerFrame('focus', {
    schema: envelopeFrame('focus'),
    cost: 1,
    handle(connection, { focused }) {
      if (connection.focused === focused) return;
      connection.focused = focused;
      presence.sync(connection.member.id);
    },
  });

  function registerFrame<Frame extends { type: string }>(
    type: Frame['type'],
    handler: FrameHandler<Frame>,
  ) {
    frames.set(type, handler as unknown as FrameHandler<{ type: string }>);
  }

  function toEveryone(frame: ServerFrame) {
    const text = SharedFrame.of(frame);
    for (const connections of byMember.values()) {
      for (const connection of connections) connection.writeText(text);
    }
  }

  function toMember(memberId: string, frame: ServerFrame) {
    const mine = byMember.get(memberId);
    if (!mine) return;
    const text = SharedFrame.of(frame);
    for (const connection of mine) connection.writeText(text);
  }

  return {
    leave: topics.leave,
    follow: topics.follow,
    registerTopic: topics.register,

    registerFrame,

    setPresencePolicy: presence.setPolicy,

    toMember,

    toTopic: topics.toTopic,

    /**
     * Presence changes heard from every instance, gathered: the online list a `hello` carries
     * takes them as every open tab is told of them, so a tab that reconnects holds that list.
     */
    presenceChanged(changes: PresenceChange[]) {
      presence.heard(changes);
      toEveryone({ type: 'presence', changes });
    },

    /** The bus was cut off and changes may have been missed: the online list is read again. */
    presenceMissed: () => presence.refresh(),

    followers: topics.followers,
    everyConnection,

    /** Access of these members changed: their sockets drop what they may no longer follow. */
    recheck: (memberIds: string[], onlyKind?: string) =>
      topics.recheckConnections(
        memberIds.flatMap((memberId) => [...(byMember.get(memberId) ?? [])]),
        onlyKind,
      ),

    recheckTopic: topics.recheckTopic,

    checkSessionsOf: (memberId: string) => checkSessions([...(byMember.get(memberId) ?? [])]),

    /** The member's role or standing changed: their sockets take it on and drop what it hides. */
    async refreshMember(memberId: string) {
      const connections = [...(byMember.get(memberId) ?? [])];
      await checkSessions(connections);
      await topics.recheckConnections(connections.filter((connection) => !connection.closed));
    },

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

    /**
     * Takes a socket that has just opened; synchronous, so no frame can arrive unheard.
     * `onlineDigest` is the digest of the online list the tab held before it reconnected, if any.
     */
    connect(
      socket: FrameSocket,
      member: AccountMember,
      sessionToken: string,
      onlineDigest?: string,
    ): Connection {
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
        const list = await presence.shown().catch((error: unknown) => {
          // A socket without its hello would stay half open: the tab tries again.
          connection.close(CloseCode.internalError, 'This connection failed; reconnect to resume.');
          onFailure(error);
          return null;
        });
        if (list) connection.writeText(list.helloFor(member.id, onlineDigest));
      });
      return connection;
    },

    disconnect(connection: Connection) {
      connection.closed = true;
      for (const topic of [...connection.topics]) topics.leave(connection, topic);
      const mine = byMember.get(connection.member.id);
      if (!mine?.delete(connection)) return;
      if (mine.size === 0) byMember.delete(connection.member.id);
      presence.sync(connection.member.id);
    },

    async stop() {
      for (const timer of timers) clearInterval(timer);
      await refreshing;
      const members = [...byMember.keys()];
      for (const connection of everyConnection()) {
        connection.close(CloseCode.goingAway, 'This server is restarting; reconnect to resume.');
      }
      await presence.stop(members);
    },
  };
}

export type Hub = ReturnType<typeof createHub>;
