/**
 * Answers by e-mail, in English: the note a posted answer ends with when the mail had
 * attachments, what the listener answers for an unknown reply address, and the short mail to the
 * member when nothing was posted. A translation copies this file and swaps the text: every entry
 * is a whole sentence or heading; `{name}` marks a value put in as it is.
 */
export const replyMessages = {
  lang: 'en',
  /** Ends a reply or message posted from a mail that had attachments (Markdown, in italics). */
  attachmentsNote: '_Attachments sent by e-mail are not included; share them another way._',
  /**
   * The listener's SMTP refusal of a reply address it does not know: the sender's own mail server
   * shows it to them in its bounce. One line of plain ASCII.
   */
  unknownAddress:
    'This reply address is not known to Praxis; it may be mistyped or very old. Open Praxis to answer.',
  /** To the member, when someone wrote to their reply address from another address. */
  stranger: {
    subject: 'An e-mail from another address was not posted as you',
    preview: 'Someone wrote to a reply address Praxis made for you. Nothing was posted.',
    heading: 'An e-mail was not posted as you',
    /** `{sender}`: the address the e-mail came from. */
    why: 'An e-mail from {sender} was sent to a reply address Praxis made for you. Praxis takes answers there only from your own address, so it posted nothing.',
    todo: 'You need not do anything. If it was you writing from another address, answer from this one or in Praxis.',
  },
  /** To the member, when their own answer was not posted. */
  refusal: {
    /** `{subject}`: the subject of the mail that was not posted. */
    subject: 'Not posted: {subject}',
    subjectWithout: 'Your e-mail to Praxis was not posted',
    preview: 'Praxis did not post your e-mail. Here is why, and what you can do.',
    heading: 'Your e-mail was not posted',
    /** Why, and then what to do, per reason. */
    reasons: {
      expired: {
        why: 'The address you wrote to has expired: a reply address works for 30 days after the e-mail it came with.',
        todo: 'Open the conversation in Praxis and answer there; the next e-mail about it comes with a new reply address.',
      },
      not_authenticated: {
        why: 'An e-mail from your address to a Praxis reply address was not posted: the receiving mail server could not confirm that it came from you (by SPF, DKIM or DMARC).',
        todo: 'If you sent it, answer in Praxis instead, and if this keeps happening, ask whoever runs your e-mail to check its SPF and DKIM settings. If you did not, you need not do anything.',
      },
      no_access: {
        why: 'You cannot see the conversation you answered any more, or your account is closed.',
        todo: 'If you think you should still be in it, ask one of the network’s organisers.',
      },
      locked: {
        why: 'The thread you answered is locked: it takes no new replies.',
        todo: 'Open the thread in Praxis to read it; an organiser can unlock it if it should go on.',
      },
      empty: {
        why: 'Once the quoted e-mail and your signature were taken out, nothing new was left to post.',
        todo: 'Write your answer above the quoted e-mail and send it again.',
      },
      /** `{problem}`: what Praxis said about the text, a whole sentence. */
      refused: {
        why: 'Praxis could not post it: {problem}',
        todo: 'Change your e-mail and send it again, or answer in Praxis.',
      },
    },
    openThread: 'Open the thread',
    openConversation: 'Open the conversation',
    openPraxis: 'Open Praxis',
    footer: 'You get this because an e-mail was sent to a reply address Praxis made for you.',
  },
} as const;

export type ReplyRefusalReason = keyof typeof replyMessages.refusal.reasons;
