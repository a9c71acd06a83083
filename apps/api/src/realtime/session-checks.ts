import type { AccountMember } from '@praxis/contracts/members';
import { CloseCode } from '@praxis/contracts/realtime';
import type { Connection } from './connection.ts';

/**
 * Closes the sockets whose session ended; the others take their member as it is now (a role).
 * Each session is asked for once, and all at once: `memberFor` looks up together what it is
 * asked together, so an instance's ten thousand sockets are a few statements every minute, not
 * ten thousand one after another.
 */
export async function checkSessionsOf(
  connections: Connection[],
  memberFor: (token: string) => Promise<AccountMember | null>,
) {
  const byToken = new Map<string, Connection[]>();
  for (const connection of connections) {
    const sharing = byToken.get(connection.sessionToken);
    if (sharing) sharing.push(connection);
    else byToken.set(connection.sessionToken, [connection]);
  }
  await Promise.all(
    [...byToken].map(async ([token, sharing]) => {
      const member = await memberFor(token);
      for (const connection of sharing) {
        if (member) connection.member = member;
        else connection.close(CloseCode.sessionEnded, 'Your session ended; sign in again.');
      }
    }),
  );
}
