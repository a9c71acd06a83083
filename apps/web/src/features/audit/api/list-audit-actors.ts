import type { AuditActors } from '@praxis/contracts/audit';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const listAuditActors = () => apiRequest<AuditActors>('GET', '/api/audit/actors');

export const auditActorsQueryOptions = () =>
  queryOptions({ queryKey: ['audit', 'actors'], queryFn: listAuditActors });

export function useAuditActors() {
  return useQuery(auditActorsQueryOptions());
}
