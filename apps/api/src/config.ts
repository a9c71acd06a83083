import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  isHttpsOrLoopback,
  LOOPBACK_HOSTS,
  originsFor,
  parseTrustProxy,
} from './address-config.ts';
import { inboundMailProblem, MAIL_ENV, type MailConfig, mailConfigFrom } from './mail-config.ts';
import { NETWORK_ENV, type NetworkConfig, networkConfigFrom } from './network-config.ts';
import { PUSH_ENV, type PushConfig, pushConfigFrom, pushProblem } from './push-config.ts';

/**
 * How many connections may wait to be accepted. Node's default, 511, is too few for a reconnect
 * storm: after a restart a thousand tabs connect in the same instant, and those past it wait a
 * whole second for their SYN to be sent again. The kernel caps it at net.core.somaxconn.
 */
export const LISTEN_BACKLOG = 4096;

export type { MailConfig };

/** See Config.presenceGraceMs. */
const PRESENCE_GRACE_MS = 5000;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A whole number of `unit` between `min` and `max`, each refusal saying so in those words. */
const wholeNumberOf = (unit: 'milliseconds' | 'seconds' | 'days', min: number, max: number) =>
  z.coerce
    .number({ error: `must be a number of ${unit}` })
    .int({ error: `must be a whole number of ${unit}` })
    .min(min, { error: `must be between ${min} and ${max} ${unit}` })
    .max(max, { error: `must be between ${min} and ${max} ${unit}` });

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
  LOG_SQL: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
  TRUST_PROXY: z
    .string()
    .trim()
    .refine((value) => /^(true|false|\d{1,2}|[0-9a-f.:/,\s]+)$/i.test(value), {
      error:
        'use false, a number of proxies in front (true means 1), or their addresses (10.0.0.0/8, …)',
    })
    .default('false'),
  WEB_DIST: z.string().min(1).default(`${repoRoot}apps/web/dist`),
  JOB_POLL_SECONDS: wholeNumberOf('seconds', 1, 3600).optional(),
  RUN_JOBS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  REQUEST_TIMEOUT_SECONDS: wholeNumberOf('seconds', 1, 300).default(25),
  FIRST_ANSWERS_WAIT_MS: wholeNumberOf('milliseconds', 0, 5000).default(300),
  ADVICE_REQUEST_DAYS: wholeNumberOf('days', 4, 90).default(14),
  MAIL_OUTBOX: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
  PRAXIS_SETUP_TOKEN: z
    .string()
    .trim()
    .min(16, { error: 'must be at least 16 characters, hard to guess' })
    .optional(),
  OIDC_ISSUER: z
    .url({ error: 'must be the issuer URL of your identity provider, like https://id.agency.gov' })
    .refine((value) => isHttpsOrLoopback(new URL(value)), {
      error: 'must be an https:// URL (plain http only for localhost)',
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  ...MAIL_ENV,
  ...PUSH_ENV,
  OIDC_BUTTON_LABEL: z.string().trim().min(1).max(60).optional(),
  ACCESSIBILITY_CONTACT: z
    .email({ error: 'must be the e-mail address that takes accessibility feedback' })
    .optional(),
  ...NETWORK_ENV,
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
   * Every SQL statement and its parameters logged at debug level, for measuring what a route
   * runs; off in normal use, as parameters carry what members wrote.
   */
  logStatements: boolean;
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
  /**
   * Whether this instance runs background jobs at all (mail, digests, reminders, housekeeping).
   * Off: it only serves requests, and what they queue waits for an instance where it is on.
   */
  runJobs: boolean;
  /**
   * How long a request (headers and body) may take to arrive before it is cut off, so that a
   * client sending a byte at a time cannot hold a connection; `requestCheckMs` is how often
   * that is checked, so a request is cut off at most that much later.
   */
  requestTimeoutMs: number;
  requestCheckMs: number;
  /**
   * How long a page waits for the answers to its own first reads, asked in-process and sent
   * within the page; a read still under way by then is left for the app to ask.
   */
  firstAnswersWaitMs: number;
  /** Days an adviser has to answer a request before it expires (reminded three days before). */
  adviceRequestDays: number;
  /**
   * How long a member who closed their last tab still shows as online, in case they come straight
   * back (a reload, a blip, a restart); none in tests, which watch members leave.
   */
  presenceGraceMs: number;
  /**
   * What creating the first admin needs besides a password: a token printed at start wherever
   * a fresh server may be reachable by others (PostgreSQL, or an embedded one listening beyond
   * loopback, as in a container); null for an embedded one on loopback only.
   */
  setupToken: string | null;
  /** OpenID Connect sign-in through the organisation's identity provider; null when off. */
  oidc: OidcConfig | null;
  mail: MailConfig;
  /**
   * Where the accessibility statement sends feedback; null: to the network's organisers, whom
   * members reach inside Praxis.
   */
  accessibilityContact: string | null;
  push: PushConfig;
  network: NetworkConfig;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * The sign-in page's button, e.g. "Sign in with Agency ID", as the operator wrote it; null: the
   * page's own words ("Sign in with your organisation"), in the reader's language.
   */
  buttonLabel: string | null;
}

export class ConfigError extends Error {}

/**
 * The configuration from the environment. `storedPublicUrl`: the public address admins saved in
 * Network settings, which applies from a start where PUBLIC_ORIGIN says none.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  { storedPublicUrl = null }: { storedPublicUrl?: string | null } = {},
): Config {
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
  if (vars.OIDC_ISSUER && !(vars.OIDC_CLIENT_ID && vars.OIDC_CLIENT_SECRET)) {
    throw new ConfigError(
      'Praxis cannot start; fix these environment variables:\n  OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: single sign-on (OIDC_ISSUER) needs the client id and secret your identity provider gave Praxis',
    );
  }
  const mailProblem = inboundMailProblem(vars) ?? pushProblem(vars);
  if (mailProblem) {
    throw new ConfigError(
      `Praxis cannot start; fix these environment variables:\n  ${mailProblem}`,
    );
  }
  const embedded = !vars.DATABASE_URL;
  // Production mail must reach people; the in-app outbox is a development aid unless asked for.
  const outbox = vars.MAIL_OUTBOX ?? (vars.NODE_ENV === 'production' ? 'off' : 'on');
  if (!vars.SMTP_URL && outbox === 'off') {
    throw new ConfigError(
      'Praxis cannot start; fix these environment variables:\n  SMTP_URL: e-mail needs an SMTP server (smtp://…) in production; to keep e-mail in the in-app outbox that admins read instead, set MAIL_OUTBOX=on',
    );
  }
  const localOrigin = `http://localhost:${vars.PORT}`;
  const publicOrigin = (vars.PUBLIC_ORIGIN ?? storedPublicUrl ?? localOrigin).replace(/\/$/, '');
  const host = vars.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0');
  return {
    env: vars.NODE_ENV,
    // The embedded mode ships public demo passwords, so it stays on loopback unless told.
    host,
    port: vars.PORT,
    publicOrigin,
    // An address saved in the app that turns out wrong must not lock everyone out: this
    // machine's own address still works, to correct it (or PUBLIC_ORIGIN, which wins).
    allowedOrigins:
      vars.PUBLIC_ORIGIN === undefined && storedPublicUrl
        ? [...new Set([...originsFor(publicOrigin), ...originsFor(localOrigin)])]
        : originsFor(publicOrigin),
    secureCookies: publicOrigin.startsWith('https:'),
    database: vars.DATABASE_URL
      ? { kind: 'postgres', url: vars.DATABASE_URL }
      : { kind: 'pglite', dataDir: vars.DATA_DIR },
    // The demo network is what a fresh embedded start shows; on PostgreSQL only when asked for.
    seed: vars.PRAXIS_SEED ?? (embedded ? 'demo' : 'none'),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    logLevel: vars.LOG_LEVEL,
    logStatements: vars.LOG_SQL === 'on',
    trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    webDist: vars.WEB_DIST,
    runJobs: vars.RUN_JOBS === 'on',
    jobPollMs:
      vars.RUN_JOBS === 'off'
        ? null
        : vars.JOB_POLL_SECONDS !== undefined
          ? vars.JOB_POLL_SECONDS * 1000
          : vars.NODE_ENV === 'test'
            ? null
            : 30_000,
    requestTimeoutMs: vars.REQUEST_TIMEOUT_SECONDS * 1000,
    firstAnswersWaitMs: vars.FIRST_ANSWERS_WAIT_MS,
    requestCheckMs: 1000,
    adviceRequestDays: vars.ADVICE_REQUEST_DAYS,
    presenceGraceMs: vars.NODE_ENV === 'test' ? 0 : PRESENCE_GRACE_MS,
    setupToken:
      vars.PRAXIS_SETUP_TOKEN ??
      (embedded && LOOPBACK_HOSTS.includes(host) ? null : randomBytes(18).toString('base64url')),
    oidc:
      vars.OIDC_ISSUER && vars.OIDC_CLIENT_ID && vars.OIDC_CLIENT_SECRET
        ? {
            issuer: vars.OIDC_ISSUER,
            clientId: vars.OIDC_CLIENT_ID,
            clientSecret: vars.OIDC_CLIENT_SECRET,
            buttonLabel: vars.OIDC_BUTTON_LABEL ?? null,
          }
        : null,
    mail: mailConfigFrom(vars, host),
    accessibilityContact: vars.ACCESSIBILITY_CONTACT ?? null,
    push: pushConfigFrom(vars, publicOrigin),
    network: networkConfigFrom(vars, present),
  };
}

/** The server's entry: this process's environment, or a message naming what to fix and exit 1. */
export function readConfigOrExit(options: { storedPublicUrl?: string | null } = {}): Config {
  try {
    return loadConfig(process.env, options);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
