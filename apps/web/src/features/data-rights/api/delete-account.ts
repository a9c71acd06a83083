import type { AccountDeletionBody } from '@praxis/contracts/data-rights';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';

/** Deleting the account signs out: the session mutation whose answer is "nobody". */
export const deleteAccount = async (input: AccountDeletionBody) => {
  await apiRequest<unknown>('POST', '/api/account/deletion', input);
  return undefined;
};

export function useDeleteAccount() {
  return useSessionMutation(deleteAccount);
}
