import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Author, CohortRef } from './common.ts';
import { ContentLanguage } from './languages.ts';
import { CONTROL_CHARACTERS } from './members.ts';
import { Tag } from './profiles.ts';
import { MAX_SECTION, MAX_TAGS, MAX_TITLE } from './thread-rules.ts';

// The practice library: lessons drawn from threads, stories and meetups, reviewed by the authors
// of their sources, then published to the network or to the cohorts their sources allow.

export const LESSON_STATUSES = ['draft', 'in_review', 'published'] as const;
export const LessonStatus = z.enum(LESSON_STATUSES);
export type LessonStatus = z.infer<typeof LessonStatus>;

/** How far the practice had gone when the lesson was drawn (a pilot's stages). */
export const LESSON_STAGES = ['idea', 'concept', 'pilot', 'scaled', 'stopped'] as const;
export const LessonStage = z.enum(LESSON_STAGES, { error: msg('validation.lessons.stage') });
export type LessonStage = z.infer<typeof LessonStage>;

/** The method card's sections, in the order a lesson shows them. */
export const LESSON_SECTIONS = ['problem', 'tried', 'evidence', 'caveats', 'useWhen'] as const;
export type LessonSectionKey = (typeof LESSON_SECTIONS)[number];

export const LESSON_SORTS = ['recent', 'useful'] as const;
export const LessonSort = z.enum(LESSON_SORTS, { error: msg('validation.lessons.sort') });
export type LessonSort = z.infer<typeof LessonSort>;

/** What the source author answered: not asked (an author of the lesson), waiting, yes or no. */
export const LESSON_CONSENTS = ['not_asked', 'pending', 'agreed', 'declined'] as const;
export const LessonConsent = z.enum(LESSON_CONSENTS);
export type LessonConsent = z.infer<typeof LessonConsent>;

/** The most cohorts a lesson's audience names, lessons one export holds, and a library page. */
export const MAX_LESSON_AUDIENCE = 50;
export const MAX_LESSON_EXPORT = 50;
export const MAX_LESSON_PAGE = 50;

export const uuid = (key: 'lessonId' | 'sourceId' | 'cohortId' | 'programmeId' | 'sourceRef') =>
  z.uuid({ error: msg(`validation.lessons.${key}`) });

const sectionText = (section: LessonSectionKey) =>
  z
    .string({ error: msg('validation.lessons.sectionText', { section }) })
    .max(MAX_SECTION, {
      error: msg('validation.lessons.sectionTooLong', { section, max: MAX_SECTION }),
    })
    .refine((value) => !value.includes('\u0000'), {
      error: msg('validation.lessons.sectionNul', { section }),
    });

/** Every section as Markdown (a draft may leave any of them empty until it is submitted). */
export const LessonSectionsText = z.object({
  problem: z.string(),
  tried: z.string(),
  evidence: z.string(),
  caveats: z.string(),
  useWhen: z.string(),
});
export type LessonSectionsText = z.infer<typeof LessonSectionsText>;

/** The sections an edit changes; those left out keep their text. */
export const LessonSectionsEdit = z
  .object({
    problem: sectionText('problem'),
    tried: sectionText('tried'),
    evidence: sectionText('evidence'),
    caveats: sectionText('caveats'),
    useWhen: sectionText('useWhen'),
  })
  .partial();

export const LessonTitle = z
  .string({ error: msg('validation.lessons.titleRequired') })
  .trim()
  .min(5, { error: msg('validation.lessons.titleTooShort') })
  .max(MAX_TITLE, { error: msg('validation.lessons.titleTooLong', { max: MAX_TITLE }) })
  .refine((value) => !CONTROL_CHARACTERS.test(value), {
    error: msg('validation.lessons.titleControl'),
  });

export const LessonTags = z
  .array(Tag)
  .max(MAX_TAGS, { error: msg('validation.lessons.tagsMax', { max: MAX_TAGS }) })
  .transform((list) => [...new Set(list)]);

/**
 * What a lesson is drawn from, exactly one of: a thread (a solved question or a story), a reply
 * (a solved question's accepted answer), a meetup (its notes) or an agenda item (accepted).
 */
export const LessonSourceRef = z
  .object({
    threadId: uuid('sourceRef'),
    replyId: uuid('sourceRef'),
    meetupId: uuid('sourceRef'),
    agendaItemId: uuid('sourceRef'),
  })
  .partial()
  .refine((ref) => Object.values(ref).filter((value) => value !== undefined).length === 1, {
    error: msg('validation.lessons.oneSource'),
  });
export type LessonSourceRef = z.input<typeof LessonSourceRef>;

/** POST /api/lessons: a draft pre-filled from its first source. */
export const NewLessonBody = LessonSourceRef;
export type NewLessonBody = LessonSourceRef;

/** PATCH /api/lessons/:id; every field optional. */
export const LessonUpdateBody = z
  .object({
    title: LessonTitle,
    sections: LessonSectionsEdit,
    tags: LessonTags,
    language: ContentLanguage,
    programmeId: uuid('programmeId').nullable(),
    cohortId: uuid('cohortId').nullable(),
    stage: LessonStage.nullable(),
    /** Who may read it: no cohort, the whole network; else the members of these cohorts. */
    audienceCohortIds: z
      .array(uuid('cohortId'))
      .max(MAX_LESSON_AUDIENCE, {
        error: msg('validation.lessons.audienceMax', { max: MAX_LESSON_AUDIENCE }),
      })
      .transform((list) => [...new Set(list)]),
  })
  .partial();
export type LessonUpdateBody = z.input<typeof LessonUpdateBody>;
export type LessonUpdateInput = z.output<typeof LessonUpdateBody>;

/** A source author's answer when asked about a lesson drawn from their post. */
export const LessonConsentBody = z.object({
  /** Whether the lesson may name them and quote their source. */
  quote: z.boolean({ error: msg('validation.lessons.quoteRequired') }),
  /** For a source only some cohorts see: whether the lesson may reach beyond them. */
  widen: z.boolean({ error: msg('validation.lessons.widenRequired') }).default(false),
});
export type LessonConsentBody = z.input<typeof LessonConsentBody>;

/** A translation: a new published lesson in another language, naming its original. */
export const LessonTranslationBody = z.object({
  language: ContentLanguage,
  title: LessonTitle,
  sections: z.object({
    problem: sectionText('problem'),
    tried: sectionText('tried'),
    evidence: sectionText('evidence'),
    caveats: sectionText('caveats'),
    useWhen: sectionText('useWhen'),
  }),
  tags: LessonTags.optional(),
});
export type LessonTranslationBody = z.input<typeof LessonTranslationBody>;

export const LessonParams = z.object({ id: uuid('lessonId') });
export const LessonSourceParams = z.object({ id: uuid('lessonId'), sourceId: uuid('sourceId') });

export const ProgrammeRef = z.object({ id: z.uuid(), name: z.string() });

export const LessonSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: LessonStatus,
  language: ContentLanguage,
  tags: z.array(z.string()),
  stage: LessonStage.nullable(),
  programme: ProgrammeRef.nullable(),
  cohort: CohortRef.nullable(),
  /** Who may read it: empty, the whole network. */
  audience: z.array(CohortRef),
  authors: z.array(Author),
  /** The problem, as plain text cut short, for cards. */
  excerpt: z.string(),
  helpfulCount: z.number(),
  /** The lesson this one translates, or null for an original. */
  translationOfId: z.uuid().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type LessonSummary = z.infer<typeof LessonSummary>;

export const LessonPage = z.object({
  lessons: z.array(LessonSummary),
  nextCursor: z.string().nullable(),
});
export type LessonPage = z.infer<typeof LessonPage>;

export const LESSON_SOURCE_KINDS = ['thread', 'reply', 'meetup_notes', 'agenda_item'] as const;
export const LessonSourceKind = z.enum(LESSON_SOURCE_KINDS);
export type LessonSourceKind = z.infer<typeof LessonSourceKind>;

/** A source as the viewer may see it; those the viewer may not see are left out of the lesson. */
export const LessonSource = z.object({
  id: z.uuid(),
  kind: LessonSourceKind,
  /** The thread's or meetup's title, or the agenda item's. */
  title: z.string(),
  threadId: z.uuid().nullable(),
  replyId: z.uuid().nullable(),
  meetupId: z.uuid().nullable(),
  agendaItemId: z.uuid().nullable(),
  /** Null when the author declined to be quoted, or their account is gone. */
  author: Author.nullable(),
  /** A few lines of the source as plain text; null when its author declined. */
  excerpt: z.string().nullable(),
  consent: LessonConsent,
  widened: z.boolean(),
  /** The cohorts that see the source; empty, the whole network. */
  audience: z.array(CohortRef),
});
export type LessonSource = z.infer<typeof LessonSource>;

export const LessonTranslationRef = z.object({
  id: z.uuid(),
  title: z.string(),
  language: ContentLanguage,
});

export const LessonHelpful = z.object({ count: z.number(), byMe: z.boolean() });
export type LessonHelpful = z.infer<typeof LessonHelpful>;

export const LessonDetail = LessonSummary.extend({
  sectionsSource: LessonSectionsText,
  sectionsHtml: LessonSectionsText,
  sources: z.array(LessonSource),
  /** The original, when this is a translation the viewer may see. */
  translationOf: LessonTranslationRef.nullable(),
  translations: z.array(LessonTranslationRef),
  helpful: LessonHelpful,
  /**
   * For those who edit it: the widest audience the sources allow (null, the whole network; an
   * empty list, no one until a source's author widens it). Null for everyone else.
   */
  audienceLimit: z.array(CohortRef).nullable(),
  /** Sources of the viewer's that wait for their answer. */
  reviewsForMe: z.array(z.uuid()),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    publish: z.boolean(),
    returnToDraft: z.boolean(),
    delete: z.boolean(),
    markHelpful: z.boolean(),
    translate: z.boolean(),
  }),
});
export type LessonDetail = z.infer<typeof LessonDetail>;

/** A source the viewer was asked about, for "reviews asked of me". */
export const LessonReview = z.object({
  lesson: z.object({ id: z.uuid(), title: z.string(), status: LessonStatus }),
  source: LessonSource,
  askedAt: z.iso.datetime().nullable(),
  answeredAt: z.iso.datetime().nullable(),
});
export type LessonReview = z.infer<typeof LessonReview>;

export const LessonReviewPage = z.object({
  reviews: z.array(LessonReview),
  nextCursor: z.string().nullable(),
});
export type LessonReviewPage = z.infer<typeof LessonReviewPage>;

export const DrawnFromList = z.object({ lessons: z.array(LessonSummary) });
export type DrawnFromList = z.infer<typeof DrawnFromList>;
