import { useMutation, useQueryClient } from '@tanstack/react-query';
import { moveAdviceRequest } from '../../../lib/api/move-advice-request.ts';
import { adviserSettingsKey } from './get-adviser-settings.ts';
import { adviceRequestsKey } from './list-advice-requests.ts';

/** The adviser accepts, declines or marks done a request; the asker hears of it. */
export function useAnswerAdviceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveAdviceRequest,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adviceRequestsKey }),
        queryClient.invalidateQueries({ queryKey: adviserSettingsKey }),
      ]),
  });
}
