import { once } from 'node:events';
import { createServer } from 'node:http';
import { LISTEN_BACKLOG } from '@praxis/api/config';
import { MAX_FRAME_BYTES } from '@praxis/contracts/realtime';
import { type WebSocket, WebSocketServer } from 'ws';
import { acceptedConnections, answerCommands, memoryAfterGc } from './server-process.ts';

// The baseline of the real-time benchmarks: the least a websocket server can do, hand-written on
// the `ws` library that Praxis's websocket stands on, in a process of its own. Sockets opened on
// `/subscriber` receive every frame any socket sends, the text decoded once and sent as it came;
// sockets on any other path only send. Nothing else: no sign-in, no database, no protocol. It
// prints where it listens, then answers `memory`, `connections`, `accepted` and `stop`
// (server-process.ts).

export interface WsServerReady {
  wsUrl: string;
}

// A plain HTTP request is answered 426, as `ws`'s own server would.
const http = createServer((_request, response) => response.writeHead(426).end());
const server = new WebSocketServer({ server: http, maxPayload: MAX_FRAME_BYTES });
const accepted = acceptedConnections(http);
// The same backlog as Praxis's, so that neither side's connects wait for a SYN sent again.
http.listen({ host: '127.0.0.1', port: 0, backlog: LISTEN_BACKLOG });
await once(http, 'listening');
const subscribers = new Set<WebSocket>();
server.on('connection', (socket, request) => {
  if (request.url === '/subscriber') subscribers.add(socket);
  socket.on('message', (data) => {
    const text = data.toString();
    for (const subscriber of subscribers) subscriber.send(text);
  });
  socket.on('error', () => {});
  socket.on('close', () => subscribers.delete(socket));
});

const address = http.address();
if (!address || typeof address === 'string') throw new Error('the server listens on no port');
const ready: WsServerReady = { wsUrl: `ws://127.0.0.1:${address.port}` };
answerCommands(ready, {
  memory: memoryAfterGc,
  connections: () => ({ connections: server.clients.size }),
  accepted,
  async stop() {
    for (const socket of server.clients) socket.terminate();
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => http.close(resolve));
  },
});
