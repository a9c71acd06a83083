import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

/** A member's personal calendar feed; the URL is shown once, when it is made. */
export const CalendarFeed = z.object({
  active: z.boolean(),
  url: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;

export const CalendarTokenParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: msg('validation.calendar.tokenInvalid') }),
});
