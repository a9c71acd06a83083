import {
  ClientFrame,
  CloseCode,
  MAX_FRAME_BYTES,
  PROTOCOL_VERSION,
  ServerFrame,
} from '@praxis/contracts/realtime';
import { z } from 'zod';
import { LICENCE } from './openapi-document.ts';

type Frame = (typeof ClientFrame.options)[number] | (typeof ServerFrame.options)[number];

const closeCodes = Object.entries(CloseCode)
  .map(([name, code]) => `${code} (${name})`)
  .join(', ');

/** Each frame of a union as an AsyncAPI message named after its `type`. */
function messagesOf(frames: readonly Frame[], io: 'input' | 'output', prefix: string) {
  return Object.fromEntries(
    frames.map((frame) => {
      const type = frame.shape.type.value;
      const { $schema: _, ...payload } = z.toJSONSchema(frame, { target: 'draft-07', io });
      const name = `${prefix}${type.replace(/(^|[-_])(\w)/g, (_match, _sep, c: string) => c.toUpperCase())}`;
      return [name, { name: type, title: `${type} frame`, payload }];
    }),
  );
}

/**
 * The websocket protocol as an AsyncAPI 3 document, generated from the contracts' frame unions
 * so that it cannot drift from what the server validates and sends.
 */
export function asyncapiDocument(publicOrigin: string, cookieName: string) {
  const url = new URL(publicOrigin);
  const received = messagesOf(ClientFrame.options, 'input', 'client');
  const sent = messagesOf(ServerFrame.options, 'output', 'server');
  const refs = (messages: object) =>
    Object.keys(messages).map((name) => ({ $ref: `#/channels/socket/messages/${name}` }));
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Praxis real-time protocol',
      version: String(PROTOCOL_VERSION),
      description: `One websocket per browser tab at /api/ws?v=${PROTOCOL_VERSION}, opened with the session cookie and an Origin of the network. Frames are JSON text, each with a \`type\`; a client's are at most ${MAX_FRAME_BYTES} bytes (the server's may be longer: a room's missed messages come in one \`messages\` frame per page). The server greets each socket with \`hello\`; a client may send frames as soon as the socket opens, and they are handled after the \`hello\`, in the order sent (what the server pushes, such as \`presence\` or a notification, and a \`pong\` or the refusal of a frame may come before it). A page follows topics and is told what changed (\`live\`), then reads it again over the REST API; chat rooms are followed from a sequence number, and a reconnecting client resumes from the last one it has. Close codes: ${closeCodes}.`,
      license: { name: LICENCE, url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    },
    servers: {
      praxis: {
        host: url.host,
        protocol: url.protocol === 'https:' ? 'wss' : 'ws',
        description: 'This network',
        security: [{ $ref: '#/components/securitySchemes/session' }],
      },
    },
    channels: {
      socket: {
        address: '/api/ws',
        description: `The query parameter v must be ${PROTOCOL_VERSION}; another version is closed with ${CloseCode.outdated}.`,
        messages: { ...received, ...sent },
      },
    },
    operations: {
      receiveClientFrames: {
        action: 'receive',
        channel: { $ref: '#/channels/socket' },
        summary: 'Frames a client sends',
        messages: refs(received),
      },
      sendServerFrames: {
        action: 'send',
        channel: { $ref: '#/channels/socket' },
        summary: 'Frames the server sends',
        messages: refs(sent),
      },
    },
    components: {
      securitySchemes: {
        session: {
          type: 'httpApiKey',
          in: 'cookie',
          name: cookieName,
          description: 'The HttpOnly session cookie that signing in sets.',
        },
      },
    },
  };
}
