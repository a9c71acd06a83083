import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AnonymousChoice, OffRecord } from './anonymity.ts';
import { Attachment, AttachmentIds } from './attachments.ts';
import { Author, CohortRef, PageQuery } from './common.ts';
import { ContentLanguage } from './languages.ts';
import { CONTROL_CHARACTERS } from './members.ts';
import { Tag } from './profiles.ts';
import {
  isStory,
  MAX_BODY,
  MAX_SECTION,
  MAX_TAGS,
  MAX_TITLE,
  type StorySectionKey,
  THREAD_KINDS,
  THREAD_LIST_VIEWS,
} from './thread-rules.ts';

// The zod-free rules, here too for the API; ThreadKind below (the schema) stands for theirs.
export * from './thread-rules.ts';

export const ThreadKind = z.enum(THREAD_KINDS);
export type ThreadKind = z.infer<typeof ThreadKind>;

/** The fields that hold Markdown; their messages name them (an ICU `select`). */
export type MarkdownField = 'description' | 'notes' | 'body' | 'reply' | StorySectionKey;

/** Markdown as a member writes it; PostgreSQL refuses NUL, so it is refused here with a reason. */
export const markdownText = (field: MarkdownField, max: number) =>
  z
    .string({ error: msg('validation.threads.markdownRequired', { field }) })
    .max(max, { error: msg('validation.threads.markdownTooLong', { field, max }) })
    .refine((value) => !value.includes('\u0000'), {
      error: msg('validation.threads.markdownNul', { field }),
    });

/** A handle as typed into a filter; it only ever matches handles, so anything odd is refused. */
export const HandleFilter = z
  .string()
  .trim()
  .toLowerCase()
  .max(60)
  .regex(/^[a-z0-9-]+$/, { error: msg('validation.threads.handleFilter') });

export const ThreadTitle = z
  .string({ error: msg('validation.threads.titleRequired') })
  .trim()
  .min(5, { error: msg('validation.threads.titleTooShort') })
  .max(MAX_TITLE, { error: msg('validation.threads.titleTooLong', { max: MAX_TITLE }) })
  .refine((value) => !CONTROL_CHARACTERS.test(value), {
    error: msg('validation.threads.titleControl'),
  });

export const ThreadTags = z
  .array(Tag)
  .max(MAX_TAGS, { error: msg('validation.threads.tagsMax', { max: MAX_TAGS }) })
  .transform((list) => [...new Set(list)]);

const section = (key: StorySectionKey) => markdownText(key, MAX_SECTION);

export const StorySources = z.object({
  context: section('context').refine((value) => value.trim() !== '', {
    error: msg('validation.threads.contextRequired'),
  }),
  tried: section('tried').refine((value) => value.trim() !== '', {
    error: msg('validation.threads.triedRequired'),
  }),
  happened: section('happened').refine((value) => value.trim() !== '', {
    error: msg('validation.threads.happenedRequired'),
  }),
  learned: section('learned').refine((value) => value.trim() !== '', {
    error: msg('validation.threads.learnedRequired'),
  }),
  differently: section('differently').default(''),
});
export type StorySources = z.input<typeof StorySources>;
export type StoryInput = z.output<typeof StorySources>;

export const StoryText = z.object({
  context: z.string(),
  tried: z.string(),
  happened: z.string(),
  learned: z.string(),
  differently: z.string(),
});
export type StoryText = z.infer<typeof StoryText>;

/**
 * A new thread. Stories fill the template's sections and may leave the body empty; every other
 * kind has a body.
 */
export const NewThreadBody = z
  .object({
    kind: ThreadKind,
    title: ThreadTitle,
    body: markdownText('body', MAX_BODY).default(''),
    story: StorySources.optional(),
    tags: ThreadTags.default([]),
    language: ContentLanguage.optional(),
    /** Null or absent: the whole network; else one cohort the author belongs to. */
    cohortId: z
      .uuid({ error: msg('validation.threads.cohortId') })
      .nullable()
      .default(null),
    /** The author's uploads to attach, from POST /api/attachments. */
    attachmentIds: AttachmentIds.default([]),
    anonymous: AnonymousChoice,
    offRecord: OffRecord,
  })
  .superRefine((thread, context) => {
    if (isStory(thread.kind) && !thread.story) {
      context.addIssue({
        code: 'custom',
        path: ['story'],
        message: msg('validation.threads.storyRequired'),
      });
    }
    if (!isStory(thread.kind) && thread.body.trim() === '') {
      context.addIssue({
        code: 'custom',
        path: ['body'],
        message: msg('validation.threads.bodyRequired'),
      });
    }
  });
export type NewThreadBody = z.input<typeof NewThreadBody>;
export type NewThreadInput = z.output<typeof NewThreadBody>;

export const ThreadUpdateBody = z
  .object({
    title: ThreadTitle,
    body: markdownText('body', MAX_BODY),
    story: StorySources,
    tags: ThreadTags,
    language: ContentLanguage,
    /** Every file the thread keeps: those left out are deleted, new uploads attached. */
    attachmentIds: AttachmentIds,
    offRecord: z.boolean(),
  })
  .partial();
export type ThreadUpdateBody = z.input<typeof ThreadUpdateBody>;
export type ThreadUpdateInput = z.output<typeof ThreadUpdateBody>;

export const ReplyBody = z.object({
  body: markdownText('reply', MAX_BODY).refine((value) => value.trim() !== '', {
    error: msg('validation.threads.replyRequired'),
  }),
  replyToId: z
    .uuid({ error: msg('validation.threads.replyNotInThread') })
    .nullable()
    .default(null),
  language: ContentLanguage.optional(),
  /** The author's uploads to attach; on an edit, every file the reply keeps. */
  attachmentIds: AttachmentIds.optional(),
  /** In an anonymous thread its author's replies are anonymous as the thread is, whatever this says. */
  anonymous: AnonymousChoice,
  offRecord: OffRecord,
});
export type ReplyBody = z.input<typeof ReplyBody>;
export type ReplyInput = z.output<typeof ReplyBody>;

export const ReplyUpdateBody = ReplyBody.pick({
  body: true,
  language: true,
  attachmentIds: true,
}).extend({ offRecord: z.boolean().optional() });
export type ReplyUpdateBody = z.input<typeof ReplyUpdateBody>;

export const AcceptBody = z.object({
  /** The reply that answers the question, or null to mark it unsolved again. */
  replyId: z.uuid({ error: msg('validation.threads.replyNotInThread') }).nullable(),
});

export const FollowBody = z.object({ following: z.boolean() });

export const HelpfulBody = z.object({
  helpful: z.boolean(),
  /** Null: the opening post. */
  replyId: z
    .uuid({ error: msg('validation.threads.replyNotInThread') })
    .nullable()
    .default(null),
});
export type HelpfulBody = z.input<typeof HelpfulBody>;
export type HelpfulInput = z.output<typeof HelpfulBody>;

export const ThreadParams = z.object({ id: z.uuid({ error: msg('validation.threads.threadId') }) });
export const ReplyParams = z.object({
  id: z.uuid({ error: msg('validation.threads.threadId') }),
  replyId: z.uuid({ error: msg('validation.threads.replyId') }),
});

export const ThreadSummary = z.object({
  id: z.uuid(),
  kind: ThreadKind,
  title: z.string(),
  language: ContentLanguage,
  author: Author,
  cohort: CohortRef.nullable(),
  tags: z.array(z.string()),
  replyCount: z.number(),
  helpfulCount: z.number(),
  solved: z.boolean(),
  pinned: z.boolean(),
  locked: z.boolean(),
  hidden: z.boolean(),
  /** Off the record: a banner says so; mail, digests, lessons and exports never quote it. */
  offRecord: z.boolean(),
  /** True when something was posted since the viewer last read the thread, or they never did. */
  unread: z.boolean(),
  lastActivityAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;

export const ThreadListView = z.enum(THREAD_LIST_VIEWS);

export const ThreadListQuery = z.object({
  view: ThreadListView.default('latest'),
  kind: ThreadKind.optional(),
  tag: Tag.optional(),
  cohort: z.uuid({ error: msg('validation.threads.cohortFilter') }).optional(),
  author: HandleFilter.optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(25),
});
export type ThreadListQuery = z.input<typeof ThreadListQuery>;
export type ThreadListInput = z.output<typeof ThreadListQuery>;

export const ThreadPage = z.object({
  threads: z.array(ThreadSummary),
  nextCursor: z.string().nullable(),
});
export type ThreadPage = z.infer<typeof ThreadPage>;

export const HelpfulState = z.object({
  count: z.number(),
  byMe: z.boolean(),
  /** Up to 20 names of members who marked it helpful, most recent first. */
  by: z.array(z.string()),
});
export type HelpfulState = z.infer<typeof HelpfulState>;

export const ThreadDetail = ThreadSummary.extend({
  bodySource: z.string(),
  bodyHtml: z.string(),
  storySource: StoryText.nullable(),
  storyHtml: StoryText.nullable(),
  acceptedReplyId: z.uuid().nullable(),
  editedAt: z.iso.datetime().nullable(),
  helpful: HelpfulState,
  following: z.boolean(),
  attachments: z.array(Attachment),
  /** What the viewer may do here. */
  can: z.object({
    edit: z.boolean(),
    reply: z.boolean(),
    accept: z.boolean(),
    moderate: z.boolean(),
    /** An organiser or admin may look up who wrote an anonymous post (audited). */
    revealAuthor: z.boolean(),
  }),
});
export type ThreadDetail = z.infer<typeof ThreadDetail>;

export const Reply = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  author: Author,
  replyTo: z.object({ id: z.uuid(), authorName: z.string() }).nullable(),
  /** Empty once deleted. */
  bodySource: z.string(),
  bodyHtml: z.string(),
  language: ContentLanguage,
  helpful: HelpfulState,
  accepted: z.boolean(),
  deleted: z.boolean(),
  offRecord: z.boolean(),
  /** Written by the thread's author (shown as such even when both are anonymous). */
  byThreadAuthor: z.boolean(),
  /** Empty once deleted. */
  attachments: z.array(Attachment),
  editedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Reply = z.infer<typeof Reply>;

export const ReplyListQuery = PageQuery;

export const ReplyPage = z.object({ replies: z.array(Reply), nextCursor: z.string().nullable() });
export type ReplyPage = z.infer<typeof ReplyPage>;
