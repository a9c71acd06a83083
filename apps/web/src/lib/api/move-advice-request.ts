import type { AdviceInboxRequest, AdviceRequestStateBody } from '@praxis/contracts/advice';
import { apiRequest } from '../api-client.ts';

/**
 * Moves an advice request: the adviser accepts or declines it, either side marks it done. The
 * adviser's page and the asker's question page each refresh their own lists afterwards.
 */
export const moveAdviceRequest = ({
  threadId,
  memberId,
  state,
}: { threadId: string; memberId: string } & AdviceRequestStateBody) =>
  apiRequest<AdviceInboxRequest>(
    'POST',
    `/api/threads/${threadId}/advice-requests/${memberId}/state`,
    { state },
  );
