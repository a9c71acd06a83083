import { locales } from '@praxis/i18n/locales';
import { z } from 'zod';

/** What the environment fixes of the network's settings, over what admins set in the app. */
export const NETWORK_ENV = {
  NETWORK_NAME: z
    .string()
    .trim()
    .min(1)
    .max(60, { error: 'must be at most 60 characters' })
    .optional(),
  DEFAULT_LOCALE: z.enum(locales, { error: `must be one of ${locales.join(', ')}` }).optional(),
};

/**
 * The network's settings that the environment fixes: null where it says nothing
 * (PUBLIC_ORIGIN's value is the config's `publicOrigin`; here only whether it was set).
 */
export interface NetworkConfig {
  name: string | null;
  defaultLocale: (typeof locales)[number] | null;
  publicOriginSet: boolean;
  /** Whether MAIL_FROM was set: if not, mail goes out under the network's name. */
  mailFromSet: boolean;
}

type NetworkVars = z.infer<z.ZodObject<typeof NETWORK_ENV>> & { PUBLIC_ORIGIN?: string };

export function networkConfigFrom(
  vars: NetworkVars,
  present: { MAIL_FROM?: string },
): NetworkConfig {
  return {
    name: vars.NETWORK_NAME ?? null,
    defaultLocale: vars.DEFAULT_LOCALE ?? null,
    publicOriginSet: vars.PUBLIC_ORIGIN !== undefined,
    mailFromSet: present.MAIL_FROM !== undefined,
  };
}
