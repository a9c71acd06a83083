import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(0)
    .max(65_535, { error: 'must be a port number between 0 and 65535' })
    .default(3000),
  PUBLIC_ORIGIN: z
    .url({ error: 'must be the URL people open Praxis at, like https://praxis.example.org' })
    .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
      error: 'must be an origin only (scheme, host and port), without a path',
    })
    .optional(),
  DATABASE_URL: z
    .url({ error: 'must be a postgres:// connection URL' })
    .refine((value) => /^postgres(ql)?:$/.test(new URL(value).protocol), {
      error: 'must start with postgres:// or postgresql://',
    })
    .optional(),
  DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
  PRAXIS_SEED: z.enum(['demo', 'none'], { error: 'must be demo or none' }).optional(),
  SMTP_URL: z
    .url({ error: 'must be an smtp:// or smtps:// URL' })
    .refine((value) => /^smtps?:$/.test(new URL(value).protocol), {
      error: 'must start with smtp:// or smtps://',
    })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Praxis <no-reply@praxis.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .string()
    .trim()
    .refine((value) => /^(true|false|\d{1,2}|[0-9a-f.:/,\s]+)$/i.test(value), {
      error:
        'use false, a number of proxies in front (true means 1), or their addresses (10.0.0.0/8, …)',
    })
    .default('false'),
  WEB_DIST: z.string().min(1).default(`${repoRoot}apps/web/dist`),
  JOB_POLL_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(1, { error: 'must be between 1 and 3600 seconds' })
    .max(3600, { error: 'must be between 1 and 3600 seconds' })
    .optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Where members open Praxis; state-changing requests must come from one of `allowedOrigins`. */
  publicOrigin: string;
  allowedOrigins: string[];
  secureCookies: boolean;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  seed: 'demo' | 'none';
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  /**
   * Which X-Forwarded-For entries to believe: false, a number of proxy hops, or the proxies'
   * addresses. Never plain `true`: that believes the left-most entry, which the client writes.
   */
  trustProxy: false | number | string[];
  webDist: string;
  /**
   * How often this instance looks for due jobs (meetup reminders); null: never, which is how
   * tests start unless they ask, so that they run jobs themselves at the time they choose.
   */
  jobPollMs: number | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (FOO= in a compose file) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(
      `Praxis cannot start; fix these environment variables:\n${problems.join('\n')}`,
    );
  }
  const vars = parsed.data;
  const embedded = !vars.DATABASE_URL;
  const publicOrigin = (vars.PUBLIC_ORIGIN ?? `http://localhost:${vars.PORT}`).replace(/\/$/, '');
  return {
    env: vars.NODE_ENV,
    // The embedded mode ships public demo passwords, so it stays on loopback unless told.
    host: vars.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0'),
    port: vars.PORT,
    publicOrigin,
    allowedOrigins: originsFor(publicOrigin),
    secureCookies: publicOrigin.startsWith('https:'),
    database: vars.DATABASE_URL
      ? { kind: 'postgres', url: vars.DATABASE_URL }
      : { kind: 'pglite', dataDir: vars.DATA_DIR },
    // The demo network is what a fresh embedded start shows; on PostgreSQL only when asked for.
    seed: vars.PRAXIS_SEED ?? (embedded ? 'demo' : 'none'),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    logLevel: vars.LOG_LEVEL,
    trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    webDist: vars.WEB_DIST,
    jobPollMs:
      vars.JOB_POLL_SECONDS !== undefined
        ? vars.JOB_POLL_SECONDS * 1000
        : vars.NODE_ENV === 'test'
          ? null
          : 30_000,
  };
}

function parseTrustProxy(value: string): false | number | string[] {
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}

/** localhost and 127.0.0.1 name the same machine; a person may type either. */
function originsFor(publicOrigin: string): string[] {
  const url = new URL(publicOrigin);
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [publicOrigin];
  const port = url.port ? `:${url.port}` : '';
  return [`${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
}

/** The server's entry: this process's environment, or a message naming what to fix and exit 1. */
export function readConfigOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
