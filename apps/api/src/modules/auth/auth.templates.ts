import { renderMail } from '../../lib/mail-layout.tsx';
import type { EmailMessage } from '../../plugins/mailer.ts';

/** Mails about one's own account: they go whatever the e-mail settings say. */
const FOOTER = {
  reason: 'You get this e-mail because it is about your own Praxis account.',
  links: [],
};

/** Sent once per window when wrong passwords start slowing down sign-in to an account. */
export async function loginUnlockEmail(input: {
  to: string;
  name: string;
  url: string;
}): Promise<EmailMessage> {
  const { html, text } = await renderMail({
    preview: 'Several wrong passwords: unlock and sign in with this link.',
    heading: 'Unlock and sign in to Praxis',
    intro: [
      `Hello ${input.name},`,
      'There have been several wrong passwords for your Praxis account in the last 15 minutes, so every sign-in to it now waits a few seconds first.',
      'The link below unlocks your account and signs you in. It works once, within the next hour.',
      'If the wrong passwords were not yours, someone may be guessing: once you are in, choose a password that is long and used nowhere else.',
    ],
    action: { label: 'Unlock and sign in', href: input.url },
    footer: FOOTER,
  });
  return { to: input.to, subject: 'Unlock and sign in to Praxis', text, html };
}

/** The link to choose a new password, after someone asked on the sign-in page. */
export async function passwordResetEmail(input: {
  to: string;
  name: string;
  url: string;
}): Promise<EmailMessage> {
  const { html, text } = await renderMail({
    preview: 'Choose a new password within the next hour.',
    heading: 'Reset your Praxis password',
    intro: [
      `Hello ${input.name},`,
      'Someone (hopefully you) asked to reset the password of your Praxis account. Choose a new password with the link below within the next hour.',
      'If you did not ask for this, ignore this e-mail; your password stays as it is.',
    ],
    action: { label: 'Choose a new password', href: input.url },
    footer: FOOTER,
  });
  return { to: input.to, subject: 'Reset your Praxis password', text, html };
}
