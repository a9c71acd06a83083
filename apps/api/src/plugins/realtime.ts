import websocket from '@fastify/websocket';
import { MAX_FRAME_BYTES } from '@praxis/contracts/chat';
import type { Db } from '@praxis/db/client';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  CHAT_CHANNEL,
  type ChatEvent,
  decodeChatEvent,
  encodeChatEvent,
} from '../modules/chat/chat.events.ts';

export interface RealtimeBus {
  /**
   * Announces `event` to every instance. Given a transaction, the announcement leaves when it
   * commits and not at all if it rolls back, so nobody hears of a write that did not happen.
   */
  publish(db: Db, event: ChatEvent): Promise<void>;
  /** Every event, in the order the database delivered them. */
  subscribe(listener: (event: ChatEvent) => void): () => void;
  /** After the bus was cut off: whatever was announced meanwhile must be read back. */
  onResume(listener: () => void): () => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    realtime: RealtimeBus;
  }
}

/**
 * The bus between API instances is Postgres LISTEN/NOTIFY, so scaling out needs nothing but the
 * database; every instance hears its own announcements too, so there is one path for all.
 */
export default fp(
  async function realtime(app: FastifyInstance) {
    const listeners = new Set<(event: ChatEvent) => void>();
    const resumeListeners = new Set<() => void>();

    const stop = await app.database.listen(CHAT_CHANNEL, {
      onNotify(payload) {
        const event = decodeChatEvent(payload);
        if (!event) return;
        for (const listener of listeners) listener(event);
      },
      onLost(error) {
        app.log.warn({ err: error }, 'realtime bus lost its database connection; reconnecting');
      },
      onResume() {
        app.log.info('realtime bus reconnected; catching up from the database');
        for (const listener of resumeListeners) listener();
      },
    });
    app.addHook('onClose', async () => stop());

    app.decorate('realtime', {
      async publish(db, event) {
        for (const payload of encodeChatEvent(event)) {
          await db.execute(sql`select pg_notify(${CHAT_CHANNEL}, ${payload})`);
        }
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onResume(listener) {
        resumeListeners.add(listener);
        return () => resumeListeners.delete(listener);
      },
    } satisfies RealtimeBus);

    // The ws default accepts frames of 100 MiB; no valid frame comes near 64 KiB.
    await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  },
  { name: 'realtime', dependencies: ['db'] },
);
