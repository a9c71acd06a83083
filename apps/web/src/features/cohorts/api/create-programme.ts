import type { ProgrammeBody } from '@praxis/contracts/cohorts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmesKey } from '../../../lib/api/list-programmes.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const createProgramme = (input: ProgrammeBody) =>
  apiRequest<{ id: string; name: string }>('POST', '/api/programmes', input);

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}
