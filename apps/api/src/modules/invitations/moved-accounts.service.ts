import type { Db } from '@praxis/db/client';
import * as repository from './invitations.repository.ts';

/**
 * Withdraws every open invitation of these (lower-cased) addresses, whoever sent it, inside the
 * caller's transaction: for an account that moves to another address, so that neither its old
 * nor its new address can open a second account for the same person.
 */
export async function withdrawOpenInvitations(tx: Db, emails: string[]): Promise<void> {
  await repository.revokePendingForMany(tx, emails, ['member', 'organiser', 'admin']);
}
