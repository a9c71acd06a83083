import { z } from 'zod';

/** The e-mail settings of the environment, checked as the rest of it (see config.ts). */
export const MAIL_ENV = {
  MAIL_BATCH_DELAY_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(0, { error: 'must be between 0 and 86400 seconds' })
    .max(86_400, { error: 'must be between 0 and 86400 seconds' })
    .default(600),
  MAIL_TIME_ZONE: z
    .string()
    .refine((value) => Intl.supportedValuesOf('timeZone').includes(value) || value === 'UTC', {
      error: 'must be an IANA time zone, like Europe/Paris',
    })
    .default('Europe/Paris'),
  INBOUND_EMAIL_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
      error: 'must be a mail domain, like reply.praxis.example.org',
    })
    .optional(),
  INBOUND_SMTP_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(0)
    .max(65_535, { error: 'must be a port number between 0 and 65535' })
    .optional(),
  INBOUND_SMTP_HOST: z.string().min(1).optional(),
  INBOUND_AUTHSERV_ID: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]+$/, { error: 'must be a mail server’s name, like mx.praxis.example.org' })
    .optional(),
};

type MailVars = z.infer<z.ZodObject<typeof MAIL_ENV>> & { NODE_ENV: string };

export interface MailConfig {
  /** How long an instant mail waits for more news, and for the member to see it in a tab. */
  batchDelaySeconds: number;
  /** The time zone daily summaries and weekly digests go out in, at 07:00. */
  timeZone: string;
  /**
   * Praxis's own SMTP listener for replies and bounces; null when off. `authservId`: the
   * organisation's mail server, whose Authentication-Results alone count (null: only the From line).
   */
  inbound: { domain: string; port: number; host: string; authservId: string | null } | null;
}

/** What is wrong with the settings of reply by e-mail, as `VARIABLE: what to do`; null if nothing. */
export function inboundMailProblem(vars: MailVars): string | null {
  if ((vars.INBOUND_EMAIL_DOMAIN === undefined) !== (vars.INBOUND_SMTP_PORT === undefined)) {
    return 'INBOUND_EMAIL_DOMAIN, INBOUND_SMTP_PORT: reply by e-mail needs both the domain replies are sent to and the port Praxis listens on for them (or neither, to leave it off)';
  }
  // Without a mail server's verdicts, anyone who learns a reply address could post as its member.
  if (vars.NODE_ENV === 'production' && vars.INBOUND_EMAIL_DOMAIN && !vars.INBOUND_AUTHSERV_ID) {
    return 'INBOUND_AUTHSERV_ID: reply by e-mail in production needs the name your mail server writes in Authentication-Results (like mx.praxis.example.org), so that only mail it vouches for is posted; to check the From line alone, set INBOUND_AUTHSERV_ID=none';
  }
  return null;
}

/** The mail settings; the inbound listener listens on `host` unless told otherwise. */
export function mailConfigFrom(vars: MailVars, host: string): MailConfig {
  const authservId = vars.INBOUND_AUTHSERV_ID;
  return {
    batchDelaySeconds: vars.MAIL_BATCH_DELAY_SECONDS,
    timeZone: vars.MAIL_TIME_ZONE,
    inbound:
      vars.INBOUND_EMAIL_DOMAIN && vars.INBOUND_SMTP_PORT !== undefined
        ? {
            domain: vars.INBOUND_EMAIL_DOMAIN,
            port: vars.INBOUND_SMTP_PORT,
            host: vars.INBOUND_SMTP_HOST ?? host,
            authservId: authservId === undefined || authservId === 'none' ? null : authservId,
          }
        : null,
  };
}
