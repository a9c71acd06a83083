import { locales } from '@praxis/i18n/locales';
import { z } from 'zod';

/** What an admin sets for the whole network. */
export const NetworkSettings = z.object({
  /** The language for whoever chose none and whose browser asks for none Praxis speaks. */
  defaultLocale: z.enum(locales),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;
