import { z } from 'zod';

/** What the accessibility statement needs from the server. */
export const AccessibilityContact = z.object({
  /** The address that takes accessibility feedback; null: people write to the organisers. */
  email: z.email().nullable(),
});
export type AccessibilityContact = z.infer<typeof AccessibilityContact>;
