import { z } from 'zod';
import { Role } from './members.ts';
import { AvatarUrls } from './profiles.ts';

// Wire shapes that several features share.

/** Who wrote something, as a post shows them. */
export const Author = z.object({
  id: z.uuid(),
  handle: z.string(),
  name: z.string(),
  role: Role,
  avatar: AvatarUrls.nullable(),
  /** A deleted account's kept post: no name, handle or picture; shown as a former member. */
  former: z.boolean().optional(),
});
export type Author = z.infer<typeof Author>;

export const CohortRef = z.object({ id: z.uuid(), name: z.string() });

/** A plain keyset page: the cursor a previous page gave, and how many rows. */
export const PageQuery = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
