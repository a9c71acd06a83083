import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let port: number;
beforeAll(async () => {
  // A short cut-off proves the rule quickly; the default is checked against 30 s below.
  t = await createTestApp({ REQUEST_TIMEOUT_SECONDS: '2' });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t.close();
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
}

/** Sends `head` over a plain socket, then `trickle` one byte every `everyMs`, until closed. */
function rawRequest(head: string, trickle = '', everyMs = 1000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < trickle.length && socket.writable) socket.write(trickle[sent++] ?? '');
    }, everyMs);
    socket.on('connect', () => socket.write(head));
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      const [top = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = top.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      const status = Number(statusLine.split(' ')[1]);
      if (!status) reject(new Error(`no HTTP response: ${received}`));
      resolve({ status, headers, body, closedAfterMs: Date.now() - started });
    });
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | number | undefined>) {
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
}

describe('security headers', () => {
  it('turns off the browser features Praxis never uses with a Permissions-Policy on every answer', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(response.headers['permissions-policy']).toBe(
      'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    );
  });
});

describe('what Fastify refuses before routing', () => {
  it('answers a malformed percent-encoding with 400, the error shape and the security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/threads/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'invalid',
        message:
          'This address is not valid: part of it is wrongly percent-encoded. Check the link and try again.',
      },
    });
    expectSecurityHeaders(response.headers);
  });

  it('answers a path parameter over 100 characters with 414, the error shape and the headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/members/${'a'.repeat(101)}` });
    expect(response.statusCode).toBe(414);
    expect(response.json()).toEqual({
      error: {
        code: 'uri_too_long',
        message:
          'Part of this address is over 100 characters, longer than anything Praxis names. Check the link and try again.',
      },
    });
    expectSecurityHeaders(response.headers);
  });

  it('documents both, and the 431 and 408 Node gives, on every operation of the OpenAPI document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const member = document.paths['/api/members/{handle}'].get.responses;
    expect(Object.keys(member)).toEqual(expect.arrayContaining(['400', '408', '414', '431']));
    const setup = document.paths['/api/setup'].get.responses;
    expect(Object.keys(setup)).toEqual(expect.arrayContaining(['400', '408', '431']));
    expect(Object.keys(setup)).not.toContain('414');
    expect(setup['431']).toEqual({ $ref: '#/components/responses/HeadersTooLarge' });
    expect(document.components.responses.HeadersTooLarge.description).toMatch(/16 KB/);
  });
});

describe('what Node refuses before Fastify sees a request', () => {
  it('answers a query over 16 KB with 431, the error shape and the security headers', async () => {
    const response = await rawRequest(
      `GET /api/threads?q=${'a'.repeat(17 * 1024)} HTTP/1.1\r\nHost: praxis.test\r\n\r\n`,
    );
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body)).toEqual({
      error: {
        code: 'headers_too_large',
        message:
          'The address or headers of this request are over 16 KB. Shorten the search or the filters and try again.',
      },
    });
    expectSecurityHeaders(response.headers);
  });

  it('cuts off a body that trickles in a byte at a time once the request timeout has passed', async () => {
    const body = JSON.stringify({ email: 'slow@example.org', password: 'x'.repeat(40) });
    const response = await rawRequest(
      [
        'POST /api/auth/login HTTP/1.1',
        'Host: praxis.test',
        'Origin: http://praxis.test',
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
        '',
        '',
      ].join('\r\n'),
      body,
      500,
    );
    expect(response.status).toBe(408);
    expect(JSON.parse(response.body).error.code).toBe('request_timeout');
    expectSecurityHeaders(response.headers);
    // Two seconds of timeout, checked every second.
    expect(response.closedAfterMs).toBeGreaterThanOrEqual(2000);
    expect(response.closedAfterMs).toBeLessThan(3500);
  });

  it('cuts a request off within 30 s by default, however slowly it arrives', () => {
    const config = loadConfig({});
    expect(config.requestTimeoutMs + config.requestCheckMs).toBeLessThanOrEqual(30_000);
  });
});
