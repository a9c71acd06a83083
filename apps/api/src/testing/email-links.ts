import { createDb } from '@praxis/db/client';
import { listHeaders } from '../modules/email/mail-headers.ts';
import type { Unsubscribable } from '../modules/email/topics.ts';

/**
 * The unsubscribe page link a mail's footer would carry for this member and topic, signed with
 * the key of the server on `databaseUrl`: for browser tests, which cannot wait for a real mail.
 */
export async function unsubscribePageLink(
  databaseUrl: string,
  publicOrigin: string,
  memberId: string,
  topic: Unsubscribable,
): Promise<string> {
  const database = createDb({ databaseUrl, poolSize: 1 });
  try {
    const mail = { batchDelaySeconds: 600, timeZone: 'Europe/Paris', inbound: null };
    const links = await listHeaders(database.db, { publicOrigin, mail, memberId, topic });
    return links.unsubscribePage;
  } finally {
    await database.close();
  }
}
