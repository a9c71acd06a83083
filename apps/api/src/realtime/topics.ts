import type { AccountMember } from '@praxis/contracts/members';
import type { ServerFrame } from '@praxis/contracts/realtime';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../app-error.ts';
import { batchByKeyWhileBusy } from '../lib/batches.ts';
import { type Connection, LIMITS } from './connection.ts';
import { SharedFrame } from './shared-frame.ts';

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

/**
 * Which sockets follow which topics on this instance. A topic's entry lives as long as one
 * socket follows it, so closing one never drops what another still needs. Whether a member may
 * follow is the owning module's rule, asked when they follow and again when access changes.
 */
export function createTopics() {
  const byTopic = new Map<string, Set<Connection>>();
  const topicKinds = new Map<string, TopicKind>();

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
   * Whether each socket's member may follow the topic. The sockets asking for one topic while a
   * check of it runs are checked together, once per member whatever their number of tabs, and in
   * one query where the kind can answer for many (a thousand tabs reconnecting at once).
   */
  const mayFollow = batchByKeyWhileBusy(async (topic: string, connections: Connection[]) => {
    const [kind, id] = kindOf(topic);
    if (!kind) return connections.map(() => false);
    const members = new Map(connections.map((connection) => [connection.member.id, connection]));
    let allowed: Set<string>;
    if (members.size > 1 && kind.allowedAmong) {
      allowed = await kind.allowedAmong(id, [...members.keys()]);
    } else {
      const asked = [...members.values()].map((connection) => connection.member);
      const answers = await Promise.all(asked.map((member) => kind.canFollow(member, id)));
      allowed = new Set(asked.filter((_, index) => answers[index]).map((member) => member.id));
    }
    return connections.map((connection) => allowed.has(connection.member.id));
  });

  /**
   * Follows `topic` if its owner's visibility rule lets the member see it. The socket joins
   * before the check, so that a change of access meanwhile is not missed by `recheck`.
   */
  async function follow(connection: Connection, topic: string): Promise<boolean> {
    const [kind] = kindOf(topic);
    if (!kind) return false;
    if (!connection.topics.has(topic) && connection.topics.size >= LIMITS.follows) {
      throw new AppError('invalid', msg('errors.realtime.tooManyFollows', { max: LIMITS.follows }));
    }
    // Pending until allowed: nothing of the topic reaches the socket before the check passes.
    join(connection, topic);
    connection.hold(topic);
    let allowed = false;
    try {
      allowed = await mayFollow(topic, connection);
    } finally {
      // Refused, or the check failed: the socket leaves as if it had never asked.
      connection.release(topic);
      if (!allowed) leave(connection, topic);
    }
    return allowed;
  }

  function expel(connection: Connection, topic: string) {
    if (!connection.topics.has(topic)) return;
    const [kind, id] = kindOf(topic);
    leave(connection, topic);
    if (kind?.expelled) kind.expelled(connection, id);
    else connection.error('forbidden', msg('errors.realtime.noLongerVisible'), topic);
  }

  /**
   * Drops every followed topic these sockets may no longer see. For each kind, one query per
   * topic when the kind can answer for many members at once (`allowedAmong`) and these sockets
   * follow fewer distinct topics of it than there are distinct members (the minute's check of ten
   * thousand sockets in a few busy rooms); else one query per member, where the kind can answer
   * for many ids at once, whatever number of tabs and topics. The choice is made per kind, on
   * the topics followed when the check starts: one followed later was checked as it was followed.
   */
  async function recheckConnections(connections: Connection[], onlyKind?: string) {
    // kind → member → their sockets following topics of that kind
    const groups = new Map<string, Map<string, Connection[]>>();
    for (const connection of connections) {
      if (connection.closed) continue;
      for (const topic of connection.topics) {
        const kind = kindNameOf(topic);
        if (onlyKind !== undefined && kind !== onlyKind) continue;
        const byMember = groups.get(kind) ?? new Map<string, Connection[]>();
        const sockets = byMember.get(connection.member.id) ?? [];
        if (!sockets.includes(connection)) sockets.push(connection);
        byMember.set(connection.member.id, sockets);
        groups.set(kind, byMember);
      }
    }
    for (const [kindName, byMember] of groups) {
      const kind = topicKinds.get(kindName);
      if (!kind) continue;
      const prefix = `${kindName}:`;
      // Each socket's ids of this kind, and each id's followers among these sockets.
      const idsOf = new Map<Connection, string[]>();
      const byId = new Map<string, Connection[]>();
      for (const sockets of byMember.values()) {
        for (const connection of sockets) {
          const ids = [...connection.topics]
            .filter((topic) => topic.startsWith(prefix))
            .map((topic) => topic.slice(prefix.length));
          idsOf.set(connection, ids);
          for (const id of ids) {
            const followers = byId.get(id);
            if (followers) followers.push(connection);
            else byId.set(id, [connection]);
          }
        }
      }
      if (kind.allowedAmong && byId.size < byMember.size) {
        for (const [id, sockets] of byId) {
          const members = [...new Set(sockets.map((connection) => connection.member.id))];
          const allowed = await kind.allowedAmong(id, members);
          for (const connection of sockets) {
            if (!allowed.has(connection.member.id)) expel(connection, `${prefix}${id}`);
          }
        }
        continue;
      }
      for (const sockets of byMember.values()) {
        const ids = [...new Set(sockets.flatMap((connection) => idsOf.get(connection) ?? []))];
        const visible = await visibleAmong(kind, (sockets[0] as Connection).member, ids);
        for (const connection of sockets) {
          for (const id of ids) if (!visible.has(id)) expel(connection, `${prefix}${id}`);
        }
      }
    }
  }

  async function visibleAmong(kind: TopicKind, member: AccountMember, ids: string[]) {
    if (kind.visibleAmong) return kind.visibleAmong(member, ids);
    const allowed = await Promise.all(ids.map((id) => kind.canFollow(member, id)));
    return new Set(ids.filter((_, index) => allowed[index]));
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

  return {
    join,
    leave,
    follow,
    recheckConnections,
    recheckTopic,

    register(kind: string, topicKind: TopicKind) {
      topicKinds.set(kind, topicKind);
    },

    /** Sends `frame` to every socket following `topic`, serialised once. */
    toTopic(topic: string, frame: ServerFrame) {
      const followers = byTopic.get(topic);
      if (!followers?.size) return;
      const text = SharedFrame.of(frame);
      for (const connection of followers) {
        if (!connection.holds(topic)) connection.writeText(text);
      }
    },

    /** The sockets following `topic`, without those whose access is still being checked. */
    followers: (topic: string): Connection[] =>
      [...(byTopic.get(topic) ?? [])].filter((connection) => !connection.holds(topic)),
  };
}
