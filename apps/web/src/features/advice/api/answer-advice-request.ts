import type { AdviceInboxRequest, AdviceRequestStateBody } from '@praxis/contracts/advice';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { adviserSettingsKey } from './get-adviser-settings.ts';
import { adviceRequestsKey } from './list-advice-requests.ts';

/** The adviser accepts, declines or marks done a request; the asker hears of it. */
export const answerAdviceRequest = ({
  threadId,
  memberId,
  state,
}: { threadId: string; memberId: string } & AdviceRequestStateBody) =>
  apiRequest<AdviceInboxRequest>(
    'POST',
    `/api/threads/${threadId}/advice-requests/${memberId}/state`,
    { state },
  );

export function useAnswerAdviceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerAdviceRequest,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adviceRequestsKey }),
        queryClient.invalidateQueries({ queryKey: adviserSettingsKey }),
      ]),
  });
}
