import type { EmailTopic } from '@praxis/contracts/email';

// The words of notification mails (instant ones and the daily summary), in English. Each entry
// is a whole sentence with named placeholders, so that a translation swaps text, never the
// order of fragments; a count decides the form where a language has several.

type Actor = { actor: string };
type InThread = Actor & { thread: string };
type OfMeetup = { meetup: string };

export const notices = {
  lang: 'en',
  /** Lists names or topics: "Ana, Ben and Chloé". */
  list: (items: string[]) =>
    new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items),
  someone: 'Someone',
  /** Dates as the reader's mail shows them; the zone is named when it is the meetup's. */
  dateTime: {
    locale: 'en-GB',
    zoned: (p: { when: string; zone: string }) => `${p.when} (${p.zone})`,
  },

  /** One notification as a sentence: a mail's subject when it is alone, a summary's line. */
  sentence: {
    reply: (p: InThread) => `${p.actor} replied in “${p.thread}”`,
    mention: (p: InThread) => `${p.actor} mentioned you in “${p.thread}”`,
    accepted_answer: (p: InThread) => `${p.actor} accepted your answer in “${p.thread}”`,
    advice_request: (p: InThread) => `${p.actor} asks for your advice on “${p.thread}”`,
    flag: (p: InThread) => `${p.actor} flagged a post in “${p.thread}”`,
    meetup_poll_opened: (p: OfMeetup) => `Vote for a date: ${p.meetup}`,
    meetup_scheduled: (p: OfMeetup) => `Date picked: ${p.meetup}`,
    meetup_changed: (p: OfMeetup) => `Meetup moved: ${p.meetup}`,
    meetup_cancelled: (p: OfMeetup) => `Meetup cancelled: ${p.meetup}`,
    meetup_reminder: (p: OfMeetup & { when: string | undefined }) =>
      p.when === '1d'
        ? `Reminder: ${p.meetup} is tomorrow`
        : p.when === '7d'
          ? `Reminder: ${p.meetup} is in a week`
          : `Reminder: ${p.meetup} is coming up`,
    waitlist_promoted: (p: OfMeetup) => `A seat freed up: you are going to ${p.meetup}`,
    agenda_accepted: (p: OfMeetup & { contribution: string | undefined }) =>
      p.contribution
        ? `Your contribution “${p.contribution}” is on the agenda of ${p.meetup}`
        : `Your contribution is on the agenda of ${p.meetup}`,
    notes_mention: (p: Actor & OfMeetup) => `${p.actor} mentioned you in the notes of ${p.meetup}`,
    direct_message: (p: Actor) => `${p.actor} sent you a message`,
    chat_mention: (p: Actor & { room: string | null }) =>
      p.room === null
        ? `${p.actor} mentioned you in the network chat`
        : `${p.actor} mentioned you in the chat of ${p.room}`,
  },

  /** The same, shorter, under a heading that already names the thread or meetup. */
  short: {
    reply: (p: Actor) => `${p.actor} replied`,
    mention: (p: Actor) => `${p.actor} mentioned you`,
    accepted_answer: (p: Actor) => `${p.actor} accepted your answer`,
    advice_request: (p: Actor) => `${p.actor} asks for your advice`,
    flag: (p: Actor) => `${p.actor} flagged a post`,
  },

  /** Subjects of a mail about several things in one place. */
  subject: {
    replies: (p: { count: number; thread: string }) => `${p.count} new replies in “${p.thread}”`,
    threadUpdates: (p: { count: number; thread: string }) =>
      `${p.count} new notifications in “${p.thread}”`,
    messagesFrom: (p: { count: number; actor: string }) =>
      p.count === 1 ? `${p.actor} sent you a message` : `${p.actor} sent you ${p.count} messages`,
    messagesFromSeveral: (p: { count: number; actors: string }) =>
      `${p.count} new messages from ${p.actors}`,
    mentionsInRoom: (p: { count: number; room: string | null }) =>
      p.room === null
        ? `${p.count} mentions of you in the network chat`
        : `${p.count} mentions of you in the chat of ${p.room}`,
    meetupUpdates: (p: { count: number; meetup: string }) => `${p.count} updates on ${p.meetup}`,
    other: (p: { count: number }) =>
      p.count === 1 ? 'Something new on Praxis' : `${p.count} new notifications on Praxis`,
    dailySummary: (p: { count: number }) =>
      p.count === 1
        ? 'Your daily summary: 1 new notification'
        : `Your daily summary: ${p.count} new notifications`,
  },

  /** Lines of chat as mail shows them. */
  chat: {
    /** In a summary, where the line stands among other rooms. */
    wroteToYou: (p: Actor) => `${p.actor} wrote to you`,
    wroteInConversation: (p: Actor & { room: string }) =>
      `${p.actor} wrote in your conversation with ${p.room}`,
    wroteInRoom: (p: Actor & { room: string | null }) =>
      p.room === null
        ? `${p.actor} wrote in the network chat`
        : `${p.actor} wrote in the chat of ${p.room}`,
    earlier: (p: { count: number }) =>
      p.count === 1
        ? '1 earlier message is in Praxis'
        : `${p.count} earlier messages are in Praxis`,
  },

  detail: {
    flagReason: (p: { reason: string }) => `Reason given: ${p.reason}`,
    cancelReason: (p: { reason: string }) => `Why: ${p.reason}`,
    when: (p: { when: string }) => `When: ${p.when}`,
    wasPlanned: (p: { when: string }) => `It was planned for ${p.when}.`,
    where: (p: { where: string }) => `Where: ${p.where}`,
    calendarAttached: 'The invitation for your calendar is attached.',
    calendarCancelAttached: 'The attached cancellation takes it out of your calendar.',
  },

  actions: {
    thread: 'Open the thread',
    room: 'Open the conversation',
    meetup: 'Open the meetup',
    notifications: 'See your notifications',
  },

  replyByMail: {
    thread: 'Reply to this e-mail to answer in the thread; write above the quoted text.',
    room: 'Reply to this e-mail to answer in the conversation; write above the quoted text.',
  },

  more: (p: { count: number }) =>
    p.count === 1
      ? '1 more notification is in Praxis'
      : `${p.count} more notifications are in Praxis`,

  summary: {
    heading: 'Your daily summary',
    intro: 'Here is what happened on Praxis that you have not seen there yet.',
    heldBack: (p: { limit: number }) =>
      `Some of it came after you had had ${p.limit} e-mails within an hour, so Praxis kept it for this summary.`,
  },

  /** Section headings of the daily summary, one per topic. */
  topicHeading: {
    own_thread_replies: 'Replies to your threads',
    followed_thread_replies: 'Replies in threads you follow',
    mentions: 'Mentions of you',
    advice: 'Advice',
    direct_messages: 'Direct messages',
    meetup_news: 'Your meetups',
    flags: 'Flagged posts',
  } satisfies Record<EmailTopic, string>,

  /** Topics inside a sentence. */
  topicName: {
    own_thread_replies: 'replies to your threads',
    followed_thread_replies: 'replies in threads you follow',
    mentions: 'mentions of you',
    advice: 'advice requests and accepted answers',
    direct_messages: 'direct messages',
    meetup_news: 'news of your meetups',
    flags: 'flagged posts',
  } satisfies Record<EmailTopic, string>,

  footer: {
    instant: (p: { topics: string }) =>
      `You get this e-mail because you asked to hear about ${p.topics} right away.`,
    daily: (p: { topics: string }) =>
      `You get this summary because you asked to hear about ${p.topics} once a day.`,
    preferences: 'Choose what Praxis e-mails you',
    unsubscribeTopic: (p: { topic: string }) => `Stop e-mails about ${p.topic}`,
    heldBack:
      'You get this summary because more happened than Praxis e-mails at once within an hour.',
    unsubscribeSummary: 'Stop daily summaries',
  },
};
