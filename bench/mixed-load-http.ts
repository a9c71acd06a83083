import http from 'node:http';
import { type ClientPlan, REQUEST_TIMEOUT_MS } from './mixed-load-workload.ts';
import { clientAddress } from './socket-clients.ts';

// The load generator's HTTP: member i's requests leave from loopback address i, with the member's
// cookie, over connections kept open; writes carry the `Origin` the server expects.

export interface Caller {
  index: number;
  cookie: string;
}

export function httpClient(plan: ClientPlan) {
  const base = new URL(plan.baseUrl);
  // Like a browser's, a handful of connections per member, each kept open, but closed when idle
  // before the server closes it (Fastify: after 72 s). A request sent on a connection the
  // server is closing at that moment is reset, and Node's agent, unlike a browser, does not send
  // it again. Node heeds the server's `Keep-Alive: timeout` only when the agent has a timeout.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4, timeout: 60_000 });
  function call(caller: Caller, method: string, path: string, payload?: unknown) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const body = payload === undefined ? undefined : JSON.stringify(payload);
      const request = http.request(
        {
          host: base.hostname,
          port: base.port,
          method,
          path,
          agent,
          localAddress: clientAddress(caller.index),
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            cookie: caller.cookie,
            ...(body ? { 'content-type': 'application/json', origin: plan.origin } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
          response.on('error', reject);
        },
      );
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', reject);
      request.end(body);
    });
  }
  return Object.assign(call, { close: () => agent.destroy() });
}
