import type { LoadFigures } from './routes-load.ts';

// What the routes benchmark makes of its loads: the figures of one load with the server's CPU
// and system calls beside them, and the medians of a side's rounds.

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
/** The median, p95, p99 and largest of `values`, to two decimals. */
export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) =>
    Number(
      (sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0).toFixed(2),
    );
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}
export type Run = LoadFigures & {
  cpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  readsPerRequest: number;
  writesPerRequest: number;
};
export function summary(runs: Run[]) {
  const sum = (key: 'errors' | 'non2xx' | 'status429') =>
    runs.reduce((total, run) => total + run[key], 0);
  return {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p95Ms: median(runs.map((run) => run.p95Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    cpuMsPerRequest: Number(median(runs.map((run) => run.cpuMsPerRequest)).toFixed(3)),
    postgresCpuMsPerRequest: Number(
      median(runs.map((run) => run.postgresCpuMsPerRequest)).toFixed(3),
    ),
    readsPerRequest: Number(median(runs.map((run) => run.readsPerRequest)).toFixed(2)),
    writesPerRequest: Number(median(runs.map((run) => run.writesPerRequest)).toFixed(2)),
    errors: sum('errors'),
    non2xx: sum('non2xx'),
    status429: sum('status429'),
    bytesPerResponse: runs[0]?.bytesPerResponse ?? 0,
    rounds: runs.map((run) => run.requestsPerSecond),
  };
}

/**
 * Both sides' figures at one offered rate, and whether each served it (95 % of it): a side that
 * could not was saturated, and its latencies are not those of that rate.
 */
export function atOneRate(rate: number, runs: { app: Run[]; baseline: Run[] }) {
  const app = summary(runs.app);
  const baseline = summary(runs.baseline);
  const served = (figures: { requestsPerSecond: number }) =>
    figures.requestsPerSecond >= 0.95 * rate;
  return { rate, app, baseline, served: { app: served(app), baseline: served(baseline) } };
}
