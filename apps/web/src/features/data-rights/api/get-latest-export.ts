import type { DataExportState } from '@praxis/contracts/data-rights';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getLatestExport = () =>
  apiRequest<DataExportState>('GET', '/api/account/exports/latest');

export const latestExportQueryOptions = () =>
  queryOptions({ queryKey: ['data-rights', 'latest-export'], queryFn: getLatestExport });

/** While an export is prepared, asks again every few seconds until it is ready. */
export function useLatestExport() {
  return useQuery({
    ...latestExportQueryOptions(),
    refetchInterval: (query) => (query.state.data?.latest?.status === 'preparing' ? 3000 : false),
  });
}
