import { renderMail } from '../../lib/mail-layout.tsx';
import type { EmailMessage } from '../../plugins/mailer.ts';

/** The invitation e-mail, for both the single invitation and the cohort queue. */
export async function invitationEmail(input: {
  to: string;
  inviter: string;
  cohortName: string | null;
  url: string;
}): Promise<EmailMessage> {
  const subject = input.cohortName
    ? `${input.inviter} invites you to ${input.cohortName} on Praxis`
    : `${input.inviter} invites you to Praxis`;
  const invites = input.cohortName
    ? `${input.inviter} invites you to join Praxis as a member of ${input.cohortName}: the network where alumni of public-sector innovation programmes ask each other for advice and share what they tried.`
    : `${input.inviter} invites you to join Praxis: the network where alumni of public-sector innovation programmes ask each other for advice and share what they tried.`;
  const { html, text } = await renderMail({
    preview: subject,
    heading: subject,
    intro: [
      'Hello,',
      invites,
      'Create your account with the link below. It works once, for 14 days.',
    ],
    action: { label: 'Create your account', href: input.url },
    footer: {
      reason: `You get this e-mail because ${input.inviter} invited this address. If you do not want to join, ignore it.`,
      links: [],
    },
  });
  return { to: input.to, subject, text, html };
}
