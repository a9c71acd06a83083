import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AvatarUrls } from './profiles.ts';
import { MAX_BODY } from './thread-rules.ts';
import { markdownText } from './threads.ts';

/** How many members one `@` suggestion lists at most. */
export const MAX_MENTION_SUGGESTIONS = 8;

const placeId = z.uuid({ error: msg('validation.writing.placeId') });

/**
 * What has been typed after `@`, and where it is being written: exactly one of a thread, a chat
 * room, a meetup (its notes), a cohort (a new thread for it) or the whole network (a new thread
 * for everyone). Only members who can read the text there are suggested.
 */
export const MentionQuery = z
  .object({
    q: z
      .string({ error: msg('validation.writing.mentionTextRequired') })
      .trim()
      .min(1, { error: msg('validation.writing.mentionTextRequired') })
      .max(60, { error: msg('validation.writing.mentionTextTooLong', { max: 60 }) }),
    thread: placeId.optional(),
    room: placeId.optional(),
    meetup: placeId.optional(),
    cohort: placeId.optional(),
    network: z.literal('true', { error: msg('validation.writing.networkFlag') }).optional(),
  })
  .refine(
    (query) =>
      [query.thread, query.room, query.meetup, query.cohort, query.network].filter(
        (place) => place !== undefined,
      ).length === 1,
    { error: msg('validation.writing.placeRequired') },
  );
export type MentionQuery = z.output<typeof MentionQuery>;

/** A member one may mention there, as the suggestion list shows them. */
export const MentionSuggestion = z.object({
  handle: z.string(),
  name: z.string(),
  avatar: AvatarUrls.nullable(),
});
export type MentionSuggestion = z.infer<typeof MentionSuggestion>;

export const MentionSuggestions = z.object({ members: z.array(MentionSuggestion) });
export type MentionSuggestions = z.infer<typeof MentionSuggestions>;

/** Markdown to show as it will be stored; as long as a post's body may be. */
export const PreviewBody = z.object({ text: markdownText('body', MAX_BODY) });
export type PreviewBody = z.input<typeof PreviewBody>;

export const PreviewResponse = z.object({ html: z.string() });
export type PreviewResponse = z.infer<typeof PreviewResponse>;
