import type { AcceptedResponse, EmailChangeBody } from '@praxis/contracts/auth';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Asks to move the account to another address: a link goes there, a notice to the current one. */
export const requestEmailChange = (input: EmailChangeBody) =>
  apiRequest<AcceptedResponse>('POST', '/api/account/email', input);

export function useRequestEmailChange() {
  return useMutation({ mutationFn: requestEmailChange });
}
