import type { AccountMember } from '@praxis/contracts/members';
import { CloseCode } from '@praxis/contracts/realtime';
import type { Connection } from './connection.ts';

/**
 * Sessions asked for at once: their lookups go in one statement, and a session that needs
 * writing (its expiry moved on, or ended) takes at most this many of the pool's turns at once.
 */
const AT_ONCE = 500;

/**
 * Closes the open sockets whose session ended; the others take their member as it is now (a
 * role). Each session is asked for once, `AT_ONCE` at a time: `memberFor` looks up together what
 * it is asked together, so ten thousand sockets are some forty statements, not ten thousand one
 * after another. A lookup that fails leaves its sockets as they were (they are checked again next
 * time) and is reported; the others go on.
 */
export async function checkSessionsOf(
  connections: Connection[],
  memberFor: (token: string) => Promise<AccountMember | null>,
  onFailure: (error: unknown) => void,
) {
  const byToken = new Map<string, Connection[]>();
  for (const connection of connections) {
    if (connection.closed) continue;
    const sharing = byToken.get(connection.sessionToken);
    if (sharing) sharing.push(connection);
    else byToken.set(connection.sessionToken, [connection]);
  }
  const tokens = [...byToken];
  for (let first = 0; first < tokens.length; first += AT_ONCE) {
    const checked = await Promise.allSettled(
      tokens.slice(first, first + AT_ONCE).map(async ([token, sharing]) => {
        const member = await memberFor(token);
        for (const connection of sharing) {
          if (member) connection.member = member;
          else connection.close(CloseCode.sessionEnded, 'Your session ended; sign in again.');
        }
      }),
    );
    for (const result of checked) if (result.status === 'rejected') onFailure(result.reason);
  }
}
