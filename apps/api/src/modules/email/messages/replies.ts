/**
 * Answers by e-mail, in English: the note a posted answer ends with when the mail had
 * attachments, and the short mail back when nothing was posted. A translation copies this file
 * and swaps the text: every entry is a whole sentence or heading; `{name}` marks a value put in
 * as it is.
 */
export const replyMessages = {
  lang: 'en',
  /** Ends a reply or message posted from a mail that had attachments (Markdown, in italics). */
  attachmentsNote: '_Attachments sent by e-mail are not included; share them another way._',
  refusal: {
    /** `{subject}`: the subject of the mail that was not posted. */
    subject: 'Not posted: {subject}',
    subjectWithout: 'Your e-mail to Praxis was not posted',
    preview: 'Praxis did not post your e-mail. Here is why, and what you can do.',
    heading: 'Your e-mail was not posted',
    /** Why, and then what to do, per reason. */
    reasons: {
      unknown_address: {
        why: 'The address you wrote to is not one that Praxis gave out, so Praxis cannot tell where your e-mail belongs.',
        todo: 'Open the conversation in Praxis and answer there.',
      },
      expired: {
        why: 'The address you wrote to has expired: a reply address works for 30 days after the e-mail it came with.',
        todo: 'Open the conversation in Praxis and answer there; the next e-mail about it comes with a new reply address.',
      },
      not_authenticated: {
        why: 'The receiving mail server could not confirm that your e-mail came from your address (its SPF or DKIM check failed), so Praxis cannot be sure it was you.',
        todo: 'Answer in Praxis instead. If this keeps happening, ask whoever runs your e-mail to check its SPF and DKIM settings.',
      },
      wrong_sender: {
        why: 'Praxis takes answers to this address only from the address it sent the e-mail to, and yours came from another one.',
        todo: 'Reply from the address Praxis writes to, or answer in Praxis.',
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
    footer: 'You get this because an e-mail from this address was sent to a Praxis reply address.',
  },
} as const;

export type ReplyRefusalReason = keyof typeof replyMessages.refusal.reasons;
