// The kinds, list views, story sections and limits of a thread, free of zod (threads.ts builds its
// schemas on them): the pages that show threads need them, not the validation library.

export const THREAD_KINDS = [
  'question',
  'success',
  'failure',
  'discussion',
  'announcement',
] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const THREAD_LIST_VIEWS = ['latest', 'unanswered', 'stories'] as const;
export type ThreadListView = (typeof THREAD_LIST_VIEWS)[number];

export const STORY_KINDS = ['success', 'failure'] as const satisfies ThreadKind[];

export function isStory(kind: ThreadKind): kind is (typeof STORY_KINDS)[number] {
  return kind === 'success' || kind === 'failure';
}

/** Whether `value` is one of `values`, narrowed to them. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

export const MAX_TITLE = 160;
export const MAX_BODY = 20_000;
export const MAX_SECTION = 10_000;
export const MAX_TAGS = 5;

/** The story template, one Markdown field per section; the web words each from its catalog. */
export const STORY_SECTIONS = [
  { key: 'context' },
  { key: 'tried' },
  { key: 'happened' },
  { key: 'learned' },
  { key: 'differently' },
] as const;
export type StorySectionKey = (typeof STORY_SECTIONS)[number]['key'];
