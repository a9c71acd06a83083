import type { CalendarFeed } from '@praxis/contracts/calendar';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { calendarFeedKey } from './get-calendar-feed.ts';

/** Calendars subscribed to the feed stop receiving meetups. */
export const revokeCalendarFeed = () => apiRequest<CalendarFeed>('DELETE', '/api/calendar-feed');

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: (feed) =>
      queryClient.setQueryData<CalendarFeed>(
        calendarFeedKey,
        feed ?? { active: false, url: null, createdAt: null },
      ),
  });
}
