import { execFile } from 'node:child_process';
import { text } from 'node:stream/consumers';
import autocannon from 'autocannon';

// The load of the routes benchmark, in a process of its own so that it is in neither server's:
// autocannon on one URL, each request with the next reader's session cookie in turn (readers are
// members, each well under the per-member rate limits). Prints one JSON line: the figures.

export interface LoadOptions {
  url: string;
  cookies: string[];
  connections: number;
  seconds: number;
  /** Requests per second from all connections together; 0: as fast as the server answers. */
  rate: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  status429: number;
  bytesPerResponse: number;
}

/**
 * Runs one load in a child process and returns its figures. The options go on its standard
 * input: thousands of readers' cookies pass the length an argument may have.
 */
export async function loadInChild(options: LoadOptions): Promise<LoadFigures> {
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'routes-load.ts'],
      { cwd: import.meta.dirname, maxBuffer: 1 << 20 },
      (error, out) => (error ? reject(error) : resolve(out)),
    );
    child.stdin?.end(JSON.stringify(options));
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as LoadFigures;
}

function percentile(sorted: number[], fraction: number) {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return Number((sorted[Math.max(0, index)] ?? Number.NaN).toFixed(2));
}

async function load({ url, cookies, connections, seconds, rate }: LoadOptions) {
  let next = 0;
  const latencies: number[] = [];
  let status429 = 0;
  let finished: (result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => {
    finished = resolve;
  });
  const instance = autocannon(
    {
      url,
      connections,
      duration: seconds,
      ...(rate > 0 ? { overallRate: rate } : {}),
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => {
            next = (next + 1) % cookies.length;
            return { ...request, headers: { ...request.headers, cookie: cookies[next] ?? '' } };
          },
        },
      ],
    },
    (error, result) => {
      if (error) throw error;
      finished(result);
    },
  );
  instance.on('response', (_client, statusCode: number, _bytes, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode === 429) status429 += 1;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const figures: LoadFigures = {
    requestsPerSecond: Math.round(result.requests.total / seconds),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status429,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  };
  return figures;
}

if (import.meta.filename === process.argv[1]) {
  const figures = await load(JSON.parse(await text(process.stdin)) as LoadOptions);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
