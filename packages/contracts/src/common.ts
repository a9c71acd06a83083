import { z } from 'zod';
import { Role } from './members.ts';
import { AvatarUrls } from './profiles.ts';

// Wire shapes that several features share.

export const CohortRef = z.object({ id: z.uuid(), name: z.string() });

/** How an anonymous post names its author: a member of this cohort, or (null) of the network. */
export const AnonymousAs = z.object({ cohort: CohortRef.nullable() });
export type AnonymousAs = z.infer<typeof AnonymousAs>;

/** The nil UUID: the id an anonymous author has for everyone but themselves. */
export const ANONYMOUS_AUTHOR_ID = '00000000-0000-0000-0000-000000000000';

/** Who wrote something, as a post shows them. */
export const Author = z.object({
  id: z.uuid(),
  handle: z.string(),
  name: z.string(),
  role: Role,
  avatar: AvatarUrls.nullable(),
  /** A deleted account's kept post: no name, handle or picture; shown as a former member. */
  former: z.boolean().optional(),
  /**
   * Posted anonymously. To anyone but the author the id is ANONYMOUS_AUTHOR_ID, the handle and
   * name are empty, the role is `member` and there is no picture: the post names only this.
   */
  anonymous: AnonymousAs.optional(),
});
export type Author = z.infer<typeof Author>;

/** A plain keyset page: the cursor a previous page gave, and how many rows. */
export const PageQuery = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
