import type { EmailTopic } from '@praxis/contracts/email';
import type { Counted } from '../../../lib/fill-template.ts';

/**
 * Notification mails (instant ones and the daily summary), in English. A translation copies this
 * file and swaps the text: every entry is a whole sentence or heading; `{name}` marks a value put
 * in as it is (`{actor}` a person's name, `{thread}`, `{meetup}` and `{room}` titles); a counted
 * phrase gives one text per plural category the language uses, `other` always; lists of names
 * and topics are joined by the language's own rules (Intl.ListFormat).
 */
export const noticeMessages: NoticeMessages = {
  lang: 'en-GB',
  someone: 'Someone',
  /** `{when}`: a meetup's date and time in its own time zone; `{zone}`: that zone. */
  zonedTime: '{when} ({zone})',

  /** One notification as a sentence: a mail's subject when it is alone, a summary's line. */
  sentence: {
    reply: '{actor} replied in “{thread}”',
    mention: '{actor} mentioned you in “{thread}”',
    accepted_answer: '{actor} accepted your answer in “{thread}”',
    advice_request: '{actor} asks for your advice on “{thread}”',
    flag: '{actor} flagged a post in “{thread}”',
    meetup_poll_opened: 'Vote for a date: {meetup}',
    meetup_scheduled: 'Date picked: {meetup}',
    meetup_changed: 'Meetup moved: {meetup}',
    meetup_cancelled: 'Meetup cancelled: {meetup}',
    meetup_reminder: {
      tomorrow: 'Reminder: {meetup} is tomorrow',
      inAWeek: 'Reminder: {meetup} is in a week',
      soon: 'Reminder: {meetup} is coming up',
    },
    waitlist_promoted: 'A seat freed up: you are going to {meetup}',
    agenda_accepted: {
      /** `{contribution}`: its title. */
      titled: 'Your contribution “{contribution}” is on the agenda of {meetup}',
      untitled: 'Your contribution is on the agenda of {meetup}',
    },
    notes_mention: '{actor} mentioned you in the notes of {meetup}',
    direct_message: '{actor} sent you a message',
    chat_mention: {
      network: '{actor} mentioned you in the network chat',
      room: '{actor} mentioned you in the chat of {room}',
    },
  },

  /** The same, shorter, under a heading that already names the thread. */
  short: {
    reply: '{actor} replied',
    mention: '{actor} mentioned you',
    accepted_answer: '{actor} accepted your answer',
    advice_request: '{actor} asks for your advice',
    flag: '{actor} flagged a post',
  },

  /** Subjects of a mail about several things in one place. */
  subject: {
    replies: { one: '{count} new reply in “{thread}”', other: '{count} new replies in “{thread}”' },
    threadUpdates: {
      one: '{count} new notification in “{thread}”',
      other: '{count} new notifications in “{thread}”',
    },
    messagesFrom: { one: '{actor} sent you a message', other: '{actor} sent you {count} messages' },
    /** `{actors}`: the senders' names, as a list. */
    messagesFromSeveral: {
      one: '{count} new message from {actors}',
      other: '{count} new messages from {actors}',
    },
    mentionsInNetworkChat: {
      one: '{count} mention of you in the network chat',
      other: '{count} mentions of you in the network chat',
    },
    mentionsInRoom: {
      one: '{count} mention of you in the chat of {room}',
      other: '{count} mentions of you in the chat of {room}',
    },
    meetupUpdates: { one: '{count} update on {meetup}', other: '{count} updates on {meetup}' },
    other: { one: 'Something new on Praxis', other: '{count} new notifications on Praxis' },
    dailySummary: {
      one: 'Your daily summary: {count} new notification',
      other: 'Your daily summary: {count} new notifications',
    },
  },

  /** Lines of chat in a summary, where they stand among other rooms. */
  chat: {
    wroteToYou: '{actor} wrote to you',
    /** `{room}`: the names of the others in the conversation. */
    wroteInConversation: '{actor} wrote in your conversation with {room}',
    wroteInNetworkChat: '{actor} wrote in the network chat',
    wroteInRoom: '{actor} wrote in the chat of {room}',
    earlier: {
      one: '{count} earlier message is in Praxis',
      other: '{count} earlier messages are in Praxis',
    },
  },

  detail: {
    flagReason: 'Reason given: {reason}',
    cancelReason: 'Why: {reason}',
    when: 'When: {when}',
    wasPlanned: 'It was planned for {when}.',
    where: 'Where: {where}',
    calendarAttached: 'The invitation for your calendar is attached.',
    calendarCancelAttached: 'The attached cancellation takes it out of your calendar.',
  },

  /** What the attached invitation says, as calendars show it. */
  calendar: {
    /** The invitation's organizer: who the calendar says it comes from. */
    organizer: 'Praxis',
    /** Opens a cancelled meetup's description; `{reason}`: the organisers' words. */
    cancelled: 'Cancelled: {reason}',
    cancelledWithoutReason: 'Cancelled',
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

  more: {
    one: '{count} more notification is in Praxis',
    other: '{count} more notifications are in Praxis',
  },

  summary: {
    heading: 'Your daily summary',
    intro: 'Here is what happened on Praxis that you have not seen there yet.',
    /** `{count}`: how many instant mails an hour Praxis sends at most. */
    heldBack: {
      one: 'Some of it came after you had had {count} e-mail within an hour, so Praxis kept it for this summary.',
      other:
        'Some of it came after you had had {count} e-mails within an hour, so Praxis kept it for this summary.',
    },
  },

  /** The topics as the e-mail settings page names them: a summary's section headings. */
  topicHeading: {
    own_thread_replies: 'Replies in threads you started',
    followed_thread_replies: 'Replies in other threads you follow',
    mentions: 'Mentions',
    advice: 'Advice',
    direct_messages: 'Direct messages',
    meetup_news: 'Meetup news',
    flags: 'Flagged posts',
  },

  /** The same names inside a sentence. */
  topicName: {
    own_thread_replies: 'replies in threads you started',
    followed_thread_replies: 'replies in other threads you follow',
    mentions: 'mentions',
    advice: 'advice',
    direct_messages: 'direct messages',
    meetup_news: 'meetup news',
    flags: 'flagged posts',
  },

  footer: {
    /** `{topics}`: the topics' names, as a list. */
    instant: 'You get this e-mail because you asked to hear about {topics} right away.',
    daily: 'You get this summary because you asked to hear about {topics} once a day.',
    preferences: 'Choose what Praxis e-mails you',
    /** `{topic}`: one topic's name. */
    unsubscribeTopic: 'Stop e-mails about {topic}',
    heldBack:
      'You get this summary because more happened than Praxis e-mails at once within an hour.',
    unsubscribeSummary: 'Stop daily summaries',
  },
};

type ThreadKind = 'reply' | 'mention' | 'accepted_answer' | 'advice_request' | 'flag';

export interface NoticeMessages {
  /** BCP 47: the mail's language, and how its numbers, lists and dates are written. */
  lang: string;
  someone: string;
  zonedTime: string;
  sentence: Record<
    | ThreadKind
    | 'meetup_poll_opened'
    | 'meetup_scheduled'
    | 'meetup_changed'
    | 'meetup_cancelled'
    | 'waitlist_promoted'
    | 'notes_mention'
    | 'direct_message',
    string
  > & {
    meetup_reminder: { tomorrow: string; inAWeek: string; soon: string };
    agenda_accepted: { titled: string; untitled: string };
    chat_mention: { network: string; room: string };
  };
  short: Record<ThreadKind, string>;
  subject: Record<
    | 'replies'
    | 'threadUpdates'
    | 'messagesFrom'
    | 'messagesFromSeveral'
    | 'mentionsInNetworkChat'
    | 'mentionsInRoom'
    | 'meetupUpdates'
    | 'other'
    | 'dailySummary',
    Counted
  >;
  chat: Record<
    'wroteToYou' | 'wroteInConversation' | 'wroteInNetworkChat' | 'wroteInRoom',
    string
  > & {
    earlier: Counted;
  };
  detail: Record<
    | 'flagReason'
    | 'cancelReason'
    | 'when'
    | 'wasPlanned'
    | 'where'
    | 'calendarAttached'
    | 'calendarCancelAttached',
    string
  >;
  calendar: { organizer: string; cancelled: string; cancelledWithoutReason: string };
  actions: Record<'thread' | 'room' | 'meetup' | 'notifications', string>;
  replyByMail: Record<'thread' | 'room', string>;
  more: Counted;
  summary: { heading: string; intro: string; heldBack: Counted };
  topicHeading: Record<EmailTopic, string>;
  topicName: Record<EmailTopic, string>;
  footer: Record<
    'instant' | 'daily' | 'preferences' | 'unsubscribeTopic' | 'heldBack' | 'unsubscribeSummary',
    string
  >;
}
