/** How much the large network holds; `BENCH_SCALE` (default 1) multiplies every count but cohorts. */
export interface Scale {
  members: number;
  cohorts: number;
  threads: number;
  replies: number;
  /** Threads 1..hotThreads each get `hotReplies` replies of the total. */
  hotThreads: number;
  hotReplies: number;
  messages: number;
  directRooms: number;
  meetups: number;
}

export function scaleFromEnvironment(factor = Number(process.env.BENCH_SCALE ?? 1)): Scale {
  if (!(factor > 0 && factor <= 10)) throw new Error('BENCH_SCALE must be a number in (0, 10].');
  const times = (count: number, least: number) => Math.max(least, Math.round(count * factor));
  return {
    members: times(10_000, 100),
    cohorts: 50,
    threads: times(50_000, 100),
    replies: times(500_000, 1_000),
    hotThreads: 10,
    hotReplies: times(2_000, 20),
    messages: times(1_000_000, 2_000),
    directRooms: times(5_000, 20),
    meetups: times(400, 20),
  };
}
