import { z } from 'zod';

export const PUSH_ENV = {
  VAPID_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{87}$/, {
      error:
        'must be a VAPID public key, 87 base64url characters (from npx web-push generate-vapid-keys)',
    })
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{43}$/, {
      error:
        'must be a VAPID private key, 43 base64url characters (from npx web-push generate-vapid-keys)',
    })
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .trim()
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, {
      error: 'must be a mailto: address or an https:// URL where push services can reach you',
    })
    .optional(),
  PUSH_LOOPBACK_ENDPOINTS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
};

type PushVars = z.infer<z.ZodObject<typeof PUSH_ENV>> & { NODE_ENV: string; MAIL_FROM: string };

export interface PushConfig {
  /** The VAPID key pair from the environment; null: one made at first use and kept in the database. */
  vapidKeys: { publicKey: string; privateKey: string } | null;
  /** How a push service reaches the operator: `mailto:` or an https URL. */
  subject: string;
  /** Push only over https on port 443 (production). */
  httpsOnly: boolean;
  /**
   * Tests' own push services: endpoints on this machine are accepted (http too), and the
   * connect-time check that a name resolves to public addresses only is off. Never in production.
   */
  loopbackEndpoints: boolean;
}

/** What is wrong with the push settings, as `VARIABLE: what to do`; null if nothing. */
export function pushProblem(vars: PushVars): string | null {
  if (vars.PUSH_LOOPBACK_ENDPOINTS === 'on' && vars.NODE_ENV === 'production') {
    return 'PUSH_LOOPBACK_ENDPOINTS: is for tests; leave it off in production';
  }
  if (Boolean(vars.VAPID_PUBLIC_KEY) === Boolean(vars.VAPID_PRIVATE_KEY)) return null;
  return 'VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: set both (one pair from npx web-push generate-vapid-keys), or neither to let Praxis make and keep its own';
}

/**
 * The push settings. The subject defaults to the public URL when it is https, else to the mail
 * From address: push services write to it when something is wrong.
 */
export function pushConfigFrom(vars: PushVars, publicOrigin: string): PushConfig {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = vars;
  const from = /<([^<>\s]+@[^<>\s]+)>|^([^<>\s]+@[^<>\s]+)$/.exec(vars.MAIL_FROM.trim());
  const address = from?.[1] ?? from?.[2];
  return {
    vapidKeys: publicKey && privateKey ? { publicKey, privateKey } : null,
    subject:
      vars.VAPID_SUBJECT ??
      (publicOrigin.startsWith('https:') || !address ? publicOrigin : `mailto:${address}`),
    httpsOnly: vars.NODE_ENV === 'production',
    loopbackEndpoints: vars.PUSH_LOOPBACK_ENDPOINTS === 'on' && vars.NODE_ENV !== 'production',
  };
}
