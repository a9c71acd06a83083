import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lessonsKey } from '../../../lib/api/lessons-drawn-from.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const deleteLesson = (id: string) => apiRequest<void>('DELETE', `/api/lessons/${id}`);

export function useDeleteLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLesson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lessonsKey }),
  });
}
