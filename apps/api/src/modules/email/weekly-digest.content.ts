import { DateTime } from 'luxon';
import { fill, fillCounted } from '../../lib/fill-template.ts';
import {
  type MailContent,
  type MailItem,
  type MailSection,
  shorten,
} from '../../lib/mail-layout.tsx';
import { type DigestMessages, digestMessages } from './messages/digest.ts';
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
 * The digest as a mail: its subject counts what each section holds, and each section lists its
 * items, each linking to its page, then a link to the rest when there is more than it shows.
 */
export function digestMail(
  digest: Digest,
  options: {
    publicOrigin: string;
    timeZone: string;
    preferencesPage: string;
    unsubscribePage: string;
  },
  messages: DigestMessages = digestMessages,
): { subject: string; content: MailContent } {
  const { lang } = messages;
  const url = (path: string) => `${options.publicOrigin}${path}`;
  const list = (values: string[], type: 'conjunction' | 'unit') =>
    new Intl.ListFormat(lang, { style: type === 'unit' ? 'short' : 'long', type }).format(values);
  const local = (instant: Date, zone: string) =>
    DateTime.fromJSDate(instant, { zone }).setLocale(lang);
  const day = (instant: Date, zone: string) =>
    local(instant, zone).toLocaleString({ weekday: 'short', day: 'numeric', month: 'long' });
  const time = (instant: Date, zone: string) =>
    local(instant, zone).toLocaleString({
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });

  const items: Record<Kind, MailItem[]> = {
    stories: digest.stories.threads.map((story) => {
      const kind = story.kind === 'failure' ? 'failure' : 'success';
      const template = story.cohortName ? messages.story[`${kind}InCohort`] : messages.story[kind];
      const meta = fill(template, { author: story.authorName, cohort: story.cohortName ?? '' });
      return withBody({ title: story.title, href: url(`/threads/${story.id}`), meta }, story);
    }),
    questions: digest.questions.threads.map((question) => {
      const values = {
        author: question.authorName,
        cohort: question.cohortName ?? '',
        tags: list(question.tags, 'conjunction'),
      };
      const meta = fill(
        question.cohortName ? messages.question.askedInCohort : messages.question.asked,
        values,
      );
      return withBody(
        { title: question.title, href: url(`/threads/${question.id}`), meta },
        question,
      );
    }),
    meetups: digest.meetups.meetups.map((meetup) => {
      const values = {
        day: day(meetup.startsAt, meetup.timezone),
        time: time(meetup.startsAt, meetup.timezone),
        venue: meetup.venue,
      };
      const template = meetup.venue
        ? messages.meetup.atVenue
        : meetup.onlineUrl
          ? messages.meetup.online
          : messages.meetup.plain;
      return {
        title: meetup.title,
        href: url(`/meetups/${meetup.id}`),
        meta: fill(template, values),
      };
    }),
    polls: digest.polls.polls.map((poll) => ({
      title: poll.title,
      href: url(`/meetups/${poll.id}`),
      meta: fillCounted(messages.poll.dates, poll.slotCount, lang, {
        first: day(poll.firstStartsAt, poll.timezone),
        last: day(poll.lastStartsAt, poll.timezone),
      }),
    })),
    members: digest.members.members.map((mate) => ({
      title: mate.name,
      href: url(`/members/${mate.handle}`),
      meta: fill(messages.member.joined, { cohort: mate.cohortName }),
      ...(mate.headline ? { body: mate.headline } : {}),
    })),
  };

  const present = KINDS.filter((kind) => digest[kind].total > 0);
  const sections: MailSection[] = present.map((kind) => {
    const rest = digest[kind].total - items[kind].length;
    const more =
      rest > 0
        ? [
            {
              title: fillCounted(messages.sections[kind].more, rest, lang),
              href: url(MORE_PATHS[kind]),
            },
          ]
        : [];
    return { heading: messages.sections[kind].heading, items: [...items[kind], ...more] };
  });
  const counts = present.map((kind) =>
    fillCounted(messages.counts[kind], digest[kind].total, lang),
  );

  return {
    subject: fill(messages.subject, { counts: list(counts, 'unit') }),
    content: {
      lang,
      preview: messages.preview,
      heading: messages.heading,
      intro: [
        fill(messages.intro, {
          since: local(digest.since, options.timeZone).toLocaleString({
            weekday: 'long',
            day: 'numeric',
            month: 'long',
          }),
        }),
      ],
      sections,
      action: { label: messages.action, href: url('/') },
      footer: {
        reason: messages.footer.reason,
        links: [
          { label: messages.footer.preferences, href: options.preferencesPage },
          { label: messages.footer.unsubscribe, href: options.unsubscribePage },
        ],
      },
    },
  };
}

function withBody(item: MailItem, thread: { excerpt: string }): MailItem {
  const body = excerpt(thread.excerpt);
  return body ? { ...item, body } : item;
}
