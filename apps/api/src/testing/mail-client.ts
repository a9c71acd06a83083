import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/**
 * Sends one mail over SMTP to a server a test started (Praxis's inbound listener), as another
 * mail server would: plain SMTP, no authentication. Rejects with the server's `responseCode`
 * when it refuses the mail; `envelope.from: ''` sends from the null sender, as bounces do.
 */
export async function sendMail(server: { host: string; port: number }, message: Mail.Options) {
  const transport = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    return await transport.sendMail(message);
  } finally {
    transport.close();
  }
}

/** A delivery status notification (RFC 3464) from the recipient's server, from the null sender. */
export function deliveryStatusNotification(
  bounceTo: string,
  recipient: string,
  status: string,
  options: { action?: string; messageId?: string } = {},
): Mail.Options {
  const raw = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.agency.ba>',
    `To: ${bounceTo}`,
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: ${options.messageId ?? `<dsn-${Math.random()}@mx.agency.ba>`}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="report"',
    '',
    '--report',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.agency.ba. I could not deliver your message.',
    '--report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.agency.ba',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Action: ${options.action ?? 'failed'}`,
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${status.startsWith('5') ? '550' : '452'} ${status} <${recipient}>: ${status.startsWith('5') ? 'Recipient address rejected: User unknown' : 'Mailbox full'}`,
    '',
    '--report',
    'Content-Type: text/rfc822-headers',
    '',
    'Subject: New reply in “Procurement for pilots”',
    '--report--',
    '',
  ].join('\r\n');
  return { envelope: { from: '', to: bounceTo }, raw };
}
