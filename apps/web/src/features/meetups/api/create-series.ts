import type { SeriesBody, SeriesDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { seriesListKey } from '../../../lib/api/list-series.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { seriesKey } from '../meetup-cache.ts';

/** Organisers and admins only. */
export const createSeries = (input: SeriesBody) =>
  apiRequest<SeriesDetail>('POST', '/api/meetup-series', input);

export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSeries,
    onSuccess: (series) => {
      queryClient.setQueryData(seriesKey(series.id), series);
      return queryClient.invalidateQueries({ queryKey: seriesListKey });
    },
  });
}
