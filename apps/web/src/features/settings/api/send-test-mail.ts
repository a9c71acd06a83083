import type { TestMailResult } from '@praxis/contracts/settings';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function useSendTestMail() {
  return useMutation({
    mutationFn: () => apiRequest<TestMailResult>('POST', '/api/admin/settings/test-mail'),
  });
}
