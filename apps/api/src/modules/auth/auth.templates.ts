import type { EmailMessage } from '../../plugins/mailer.ts';

/** Sent once per window when wrong passwords start slowing down sign-in to an account. */
export function loginUnlockEmail(input: { to: string; name: string; url: string }): EmailMessage {
  return {
    to: input.to,
    subject: 'Unlock and sign in to Praxis',
    text: [
      `Hello ${input.name},`,
      '',
      'There have been several wrong passwords for your Praxis account in the last 15 minutes, so every sign-in to it now waits a few seconds first.',
      '',
      `Unlock and sign in here (the link works once, within the next hour): ${input.url}`,
      '',
      'If the wrong passwords were not yours, someone may be guessing: once you are in, choose a password that is long and used nowhere else.',
    ].join('\n'),
  };
}

/** The link to choose a new password, after someone asked on the sign-in page. */
export function passwordResetEmail(input: { to: string; name: string; url: string }): EmailMessage {
  return {
    to: input.to,
    subject: 'Reset your Praxis password',
    text: [
      `Hello ${input.name},`,
      '',
      'Someone (hopefully you) asked to reset the password of your Praxis account.',
      `Choose a new password here within the next hour: ${input.url}`,
      '',
      'If you did not ask for this, ignore this e-mail; your password stays as it is.',
    ].join('\n'),
  };
}
