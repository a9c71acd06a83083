import type { MailLanguage } from '../../lib/mail-language.ts';
import {
  type MailContent,
  type MailItem,
  type MailSection,
  shorten,
} from '../../lib/mail-layout.tsx';
import type { Digest } from './weekly-digest.service.ts';

/** How much of a post a digest item quotes. */
const EXCERPT_CHARS = 280;

type Kind = Exclude<keyof Digest, 'since'>;
const KINDS: Kind[] = ['stories', 'questions', 'meetups', 'polls', 'members'];

/** Where each section's "more" link leads: the list that holds the rest. */
const MORE_PATHS: Record<Kind, string> = {
  stories: '/threads?view=stories',
  questions: '/threads?view=unanswered',
  meetups: '/meetups',
  polls: '/meetups',
  members: '/directory',
};

/** A post's opening words on one line, cut at a word near the limit. */
const excerpt = (source: string) => shorten(source.replace(/\s+/g, ' ').trim(), EXCERPT_CHARS);

/**
 * The digest as a mail in `language`: its subject counts what each section holds, and each
 * section lists its items, each linking to its page, then a link to the rest when there is more
 * than it shows. A meetup's day and time are in its own zone; the week's start in the network's.
 */
export function digestMail(
  digest: Digest,
  options: {
    publicOrigin: string;
    timeZone: string;
    preferencesPage: string;
    unsubscribePage: string;
  },
  language: MailLanguage,
): { subject: string; content: MailContent } {
  const { t } = language;
  const url = (path: string) => `${options.publicOrigin}${path}`;
  const day = (instant: Date, zone: string) =>
    language.date(instant, zone, { weekday: 'short', day: 'numeric', month: 'long' });
  const time = (instant: Date, zone: string) =>
    language.date(instant, zone, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

  const items: Record<Kind, MailItem[]> = {
    stories: digest.stories.threads.map((story) => {
      const author = authorOf(language, story);
      const failure = story.kind === 'failure';
      const meta = story.cohortName
        ? t(failure ? 'mail.digest.story.failureInCohort' : 'mail.digest.story.successInCohort', {
            author,
            cohort: story.cohortName,
          })
        : t(failure ? 'mail.digest.story.failure' : 'mail.digest.story.success', { author });
      return withBody(
        language,
        { title: story.title, href: url(`/threads/${story.id}`), meta },
        story,
      );
    }),
    questions: digest.questions.threads.map((question) => {
      const author = authorOf(language, question);
      const tags = language.list(question.tags);
      const meta = question.cohortName
        ? t('mail.digest.question.askedInCohort', { author, cohort: question.cohortName, tags })
        : t('mail.digest.question.asked', { author, tags });
      return withBody(
        language,
        { title: question.title, href: url(`/threads/${question.id}`), meta },
        question,
      );
    }),
    meetups: digest.meetups.meetups.map((meetup) => {
      const when = {
        day: day(meetup.startsAt, meetup.timezone),
        time: time(meetup.startsAt, meetup.timezone),
      };
      return {
        title: meetup.title,
        href: url(`/meetups/${meetup.id}`),
        meta: meetup.venue
          ? t('mail.digest.meetup.atVenue', { ...when, venue: meetup.venue })
          : meetup.onlineUrl
            ? t('mail.digest.meetup.online', when)
            : t('mail.digest.meetup.plain', when),
      };
    }),
    polls: digest.polls.polls.map((poll) => ({
      title: poll.title,
      href: url(`/meetups/${poll.id}`),
      meta: t('mail.digest.poll.dates', {
        count: poll.slotCount,
        first: day(poll.firstStartsAt, poll.timezone),
        last: day(poll.lastStartsAt, poll.timezone),
      }),
    })),
    members: digest.members.members.map((mate) => ({
      title: mate.name,
      href: url(`/members/${mate.handle}`),
      meta: t('mail.digest.member.joined', { cohort: mate.cohortName }),
      ...(mate.headline ? { body: mate.headline } : {}),
    })),
  };

  const present = KINDS.filter((kind) => digest[kind].total > 0);
  const sections: MailSection[] = present.map((kind) => {
    const rest = digest[kind].total - items[kind].length;
    const more =
      rest > 0
        ? [{ title: t(`mail.digest.more.${kind}`, { count: rest }), href: url(MORE_PATHS[kind]) }]
        : [];
    return { heading: t(`mail.digest.section.${kind}`), items: [...items[kind], ...more] };
  });
  const counts = present.map((kind) =>
    t(`mail.digest.count.${kind}`, { count: digest[kind].total }),
  );

  return {
    subject: t('mail.digest.subject', { counts: language.list(counts, 'unit') }),
    content: {
      lang: language.tag,
      preview: t('mail.digest.preview'),
      heading: t('mail.digest.heading'),
      intro: [
        t('mail.digest.intro', {
          since: language.date(digest.since, options.timeZone, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
          }),
        }),
      ],
      sections,
      action: { label: t('mail.action.openPraxis'), href: url('/') },
      footer: {
        reason: t('mail.digest.footer.reason'),
        links: [
          { label: t('mail.digest.footer.preferences'), href: options.preferencesPage },
          { label: t('mail.digest.footer.unsubscribe'), href: options.unsubscribePage },
        ],
      },
    },
  };
}

type DigestThread = Digest['stories']['threads'][number];

/**
 * A thread's author as the digest names them (within a sentence): an anonymous one only as the
 * thread does, a member of a cohort or of the network.
 */
function authorOf(language: MailLanguage, thread: DigestThread) {
  if (!thread.anonymous) return thread.authorName;
  const cohort = thread.anonymousCohortName;
  return cohort
    ? language.t('mail.digest.anonymousInCohort', { cohort })
    : language.t('mail.digest.anonymousInNetwork');
}

/** A thread's opening words; an off-the-record thread's stay in Praxis, and the item says so. */
function withBody(language: MailLanguage, item: MailItem, thread: DigestThread): MailItem {
  const body = thread.offRecord ? language.t('mail.notice.offRecord') : excerpt(thread.excerpt);
  return body ? { ...item, body } : item;
}
