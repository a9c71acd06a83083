import type { FlagBody } from '@praxis/contracts/moderation';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Tell the organisers about a post (the opening one when replyId is null). */
export const flagPost = ({ threadId, ...flag }: FlagBody & { threadId: string }) =>
  apiRequest<void>('POST', `/api/threads/${threadId}/flags`, flag);

export function useFlagPost() {
  return useMutation({ mutationFn: flagPost });
}
