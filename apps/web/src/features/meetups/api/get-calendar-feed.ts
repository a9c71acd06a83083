import type { CalendarFeed } from '@praxis/contracts/calendar';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const calendarFeedKey = ['calendar-feed'] as const;

/** Whether the viewer has a feed; its secret URL is only ever shown when it is made. */
export const getCalendarFeed = () => apiRequest<CalendarFeed>('GET', '/api/calendar-feed');

export const calendarFeedQueryOptions = () =>
  queryOptions({ queryKey: calendarFeedKey, queryFn: getCalendarFeed });

export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions());
}
