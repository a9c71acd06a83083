import type { CalendarFeed } from '@praxis/contracts/calendar';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { calendarFeedKey } from './get-calendar-feed.ts';

/** A new secret feed URL; any earlier one stops working. */
export const createCalendarFeed = () => apiRequest<CalendarFeed>('POST', '/api/calendar-feed');

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedKey, feed),
  });
}
