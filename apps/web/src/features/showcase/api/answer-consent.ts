import type { ShowcaseConsent } from '@praxis/contracts/showcase';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showcaseKey } from '../../../lib/api/list-showcase-items.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** A named person's answer, given or changed; `declined` after publication takes it down. */
export const answerConsent = ({ id, answer }: ShowcaseConsent & { id: string }) =>
  apiRequest<unknown>('PUT', `/api/showcase/items/${id}/consent`, { answer });

/** An answer can publish or withdraw the item: every showcase read is asked again. */
export function useAnswerConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerConsent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: showcaseKey }),
  });
}
