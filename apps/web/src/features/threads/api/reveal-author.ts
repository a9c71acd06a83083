import type { RevealedAuthor } from '@praxis/contracts/anonymity';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * An organiser or admin looks up who wrote an anonymous thread (no `replyId`) or reply. Each
 * look is audited, so it is a deliberate action, never a cached or background read.
 */
export const revealAuthor = ({ threadId, replyId }: { threadId: string; replyId?: string }) =>
  apiRequest<RevealedAuthor>(
    'POST',
    replyId
      ? `/api/threads/${threadId}/replies/${replyId}/author`
      : `/api/threads/${threadId}/author`,
  );

export function useRevealAuthor() {
  return useMutation({ mutationFn: revealAuthor });
}
