import type { DataExport } from '@praxis/contracts/data-rights';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const requestMemberExport = (handle: string) =>
  apiRequest<DataExport>('POST', `/api/members/${encodeURIComponent(handle)}/exports`);

export function useRequestMemberExport() {
  return useMutation({ mutationFn: requestMemberExport });
}
