import type { DataExport } from '@praxis/contracts/data-rights';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { latestExportQueryOptions } from './get-latest-export.ts';

export const requestExport = () => apiRequest<DataExport>('POST', '/api/account/exports');

export function useRequestExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestExport,
    onSuccess: (latest) =>
      queryClient.setQueryData(latestExportQueryOptions().queryKey, { latest }),
  });
}
