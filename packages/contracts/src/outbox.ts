import { z } from 'zod';

export const OutboxEmail = z.object({
  id: z.uuid(),
  recipient: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  createdAt: z.iso.datetime(),
});
export type OutboxEmail = z.infer<typeof OutboxEmail>;

export const OutboxQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const OutboxPage = z.object({
  emails: z.array(OutboxEmail),
  nextCursor: z.string().nullable(),
});
export type OutboxPage = z.infer<typeof OutboxPage>;
