/**
 * The PostgreSQL database BENCH_DATABASE_URL names, or undefined when none is named. Benchmarks
 * fill it, sign members in behind their backs and write what they read into results that are
 * committed: so it must be one made for them, with "bench" in its name, never a network's own.
 */
export function benchDatabaseUrl(): string | undefined {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return undefined;
  let name = '';
  try {
    name = decodeURIComponent(new URL(url).pathname.slice(1));
  } catch {
    // Reported below with the rest.
  }
  if (!url.startsWith('postgres') || !/bench/i.test(name)) {
    process.stderr.write(
      `BENCH_DATABASE_URL must name a PostgreSQL database made for benchmarks, with "bench" in its name (postgres://…/praxis_bench): benchmarks fill it and sign its members in. Got the database "${name}".\n`,
    );
    process.exit(2);
  }
  return url;
}
