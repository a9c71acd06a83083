import type { KindFigures } from './mixed-load-workload.ts';

// The load generator's counts for one kind of request: every answer's latency, from the time the
// request was due, and what came back.

export type Outcome =
  | { status: number; body?: string }
  | { failure: string }
  | { chatError: string; message: string };

export class Tally {
  private readonly latencies: number[] = [];
  private readonly counts = {
    ok: 0,
    clientErrors: 0,
    status429: 0,
    serverErrors: 0,
    failures: 0,
  };
  private readonly samples: string[] = [];

  record(latencyMs: number, outcome: Outcome) {
    this.latencies.push(latencyMs);
    if ('failure' in outcome) {
      this.counts.failures += 1;
      this.sample(outcome.failure);
    } else if ('chatError' in outcome) {
      if (outcome.chatError === 'rate_limited') this.counts.status429 += 1;
      else if (outcome.chatError === 'unavailable') this.counts.serverErrors += 1;
      else this.counts.clientErrors += 1;
      this.sample(`${outcome.chatError}: ${outcome.message}`);
    } else if (outcome.status === 429) this.counts.status429 += 1;
    else if (outcome.status >= 500) {
      this.counts.serverErrors += 1;
      this.sample(`${outcome.status} ${outcome.body ?? ''}`);
    } else if (outcome.status >= 400) {
      this.counts.clientErrors += 1;
      this.sample(`${outcome.status} ${outcome.body ?? ''}`);
    } else this.counts.ok += 1;
  }

  private sample(text: string) {
    if (this.samples.length < 5) this.samples.push(text.slice(0, 300));
  }

  figures(): KindFigures {
    return figuresOf(this.latencies, this.counts, this.samples);
  }

  static merge(tallies: Tally[]): KindFigures {
    const merged = new Tally();
    for (const tally of tallies) {
      merged.latencies.push(...tally.latencies);
      for (const key of Object.keys(merged.counts) as (keyof Tally['counts'])[])
        merged.counts[key] += tally.counts[key];
    }
    return merged.figures();
  }
}

function figuresOf(latencies: number[], counts: Tally['counts'], samples: string[]): KindFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) => {
    if (sorted.length === 0) return 0;
    const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
    return Number((sorted[index] ?? 0).toFixed(1));
  };
  return {
    count: sorted.length,
    ...counts,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: at(1),
    samples,
  };
}
