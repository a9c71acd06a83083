import type { EmailMessage } from '../../plugins/mailer.ts';

/** The invitation e-mail, for both the single invitation and the cohort queue. */
export function invitationEmail(input: {
  to: string;
  inviter: string;
  cohortName: string | null;
  url: string;
}): EmailMessage {
  const into = input.cohortName ? ` as a member of ${input.cohortName}` : '';
  return {
    to: input.to,
    subject: input.cohortName
      ? `${input.inviter} invites you to ${input.cohortName} on Praxis`
      : `${input.inviter} invites you to Praxis`,
    text: [
      'Hello,',
      '',
      `${input.inviter} invites you to join Praxis${into}: the network where alumni of public-sector innovation programmes ask each other for advice and share what they tried.`,
      '',
      `Create your account here (the link works once, for 14 days): ${input.url}`,
    ].join('\n'),
  };
}
