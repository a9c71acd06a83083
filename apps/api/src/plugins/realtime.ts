import websocket from '@fastify/websocket';
import { PRESENCE_DIGEST_MAX } from '@praxis/contracts/presence-digest';
import { CloseCode, MAX_FRAME_BYTES, PROTOCOL_VERSION } from '@praxis/contracts/realtime';
import { msg } from '@praxis/i18n/message-ref';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { type Bus, pruneSpill, publish, startBus } from '../realtime/bus.ts';
import type { FrameSocket } from '../realtime/connection.ts';
import { createHub, type Hub } from '../realtime/hub.ts';
import { coalescePresence, PRESENCE_FRAME_MS } from '../realtime/presence-frames.ts';
import { requireMember } from './auth.ts';

export interface Realtime extends Pick<Bus, 'on' | 'onResume' | 'settled'> {
  hub: Hub;
}

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Realtime;
  }
}

/**
 * Real time as a platform: the event bus between instances (Postgres LISTEN/NOTIFY, so scaling
 * out needs nothing but the database; every instance hears its own events too, so there is one
 * path for all), and the one websocket per tab at `/api/ws`, on which modules register the
 * topics pages follow and the frames they handle. It knows no feature.
 */
export default fp(
  async function realtime(
    app: FastifyInstance,
    { allowedOrigins, offlineGraceMs }: { allowedOrigins: string[]; offlineGraceMs: number },
  ) {
    const failed = (error: unknown, context = 'realtime') =>
      app.log.error({ err: error, context }, 'a realtime task failed');
    const bus = await startBus(app.database, {
      onError: failed,
      onLost(error) {
        app.log.warn({ err: error }, 'realtime bus lost its database connection; reconnecting');
      },
    });
    const hub = createHub({
      db: app.db,
      memberFor: (token) => app.sessions.memberFor(token),
      onFailure: failed,
      announcePresence: (changes) =>
        publish(
          app.db,
          ...changes.map((payload) => ({ name: 'presence.changed' as const, payload })),
        ),
      localeFor: (member) => app.locales.forMember(member.locale),
      offlineGraceMs,
    });

    const presenceFrames = coalescePresence(hub.presenceChanged, PRESENCE_FRAME_MS);
    bus.on('presence.changed', presenceFrames.add);
    bus.onResume(() => {
      // What was heard before the cut goes out first: the read that follows is newer.
      bus
        .settled()
        .then(() => {
          presenceFrames.flush();
          return hub.presenceMissed();
        })
        .catch(failed);
    });
    bus.on('session.ended', ({ memberId }) => hub.checkSessionsOf(memberId));
    app.sessions.onEnded((memberId) => {
      publish(app.db, { name: 'session.ended', payload: { memberId } }).catch(failed);
    });

    app.decorate('realtime', { on: bus.on, onResume: bus.onResume, settled: bus.settled, hub });
    app.jobs.every('realtime: delete spilled events', 10 * 60 * 1000, (db) => pruneSpill(db));
    app.addHook('onReady', () => hub.start());
    app.addHook('preClose', async () => {
      await hub.stop();
      await bus.stop();
    });

    // The ws default accepts frames of 100 MiB; no valid frame comes near 64 KiB.
    await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });

    app.get(
      '/api/ws',
      {
        websocket: true,
        schema: {
          tags: ['realtime'],
          summary: `The websocket (protocol ${PROTOCOL_VERSION}; frames in the contracts)`,
          querystring: z.object({
            v: z.string().max(10).optional(),
            onlineDigest: z.string().max(PRESENCE_DIGEST_MAX).optional(),
          }),
        },
        // Checked before the upgrade: a cookie rides along with a cross-site websocket too.
        preValidation: async (request) => {
          requireMember(request);
          const origin = request.headers.origin;
          if (!origin || !allowedOrigins.includes(origin)) {
            throw new AppError('forbidden', msg('errors.realtime.crossSite'));
          }
        },
      },
      (socket, request) => {
        const { member, sessionToken } = request;
        if (!member || !sessionToken) {
          socket.close(CloseCode.sessionEnded, 'Sign in to continue.');
          return;
        }
        const query = request.query as { v?: string; onlineDigest?: string };
        if (query.v !== String(PROTOCOL_VERSION)) {
          socket.close(CloseCode.outdated, 'Praxis was updated; reload the page.');
          return;
        }
        // The TCP socket under the websocket, corked to send a turn's frames in one write.
        const tcp = request.socket;
        const frames: FrameSocket = {
          send: (text) => socket.send(text),
          sendBytes: (bytes) => socket.send(bytes, { binary: false }),
          close: (code, reason) => socket.close(code, reason),
          get bufferedAmount() {
            return socket.bufferedAmount;
          },
          ping: () => socket.ping(),
          terminate: () => socket.terminate(),
          cork: () => tcp.cork(),
          uncork: () => tcp.uncork(),
        };
        const connection = hub.connect(frames, member, sessionToken, query.onlineDigest);
        socket.on('pong', () => {
          connection.alive = true;
        });
        socket.on('message', (data, isBinary) => {
          // Whatever a frame does wrong, it must not throw out of here: that ends the process.
          try {
            connection.receive(isBinary ? '' : data.toString());
          } catch (error) {
            failed(error, 'frame');
            connection.close(
              CloseCode.internalError,
              'This connection failed; reconnect to resume.',
            );
          }
        });
        // An unhandled socket error (ECONNRESET) would take the whole process down.
        socket.on('error', () => {});
        socket.on('close', () => hub.disconnect(connection));
      },
    );
  },
  { name: 'realtime', dependencies: ['db', 'auth', 'jobs'] },
);
