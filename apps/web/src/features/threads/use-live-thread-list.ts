import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLiveTopic } from '../../lib/realtime.ts';
import { listsKey } from './thread-cache.ts';

/**
 * Marks threads of an open list that have new activity, and counts activity in threads the list
 * does not show yet (a new thread, one further down), without reordering what the reader sees.
 */
export function useLiveThreadList(shown: ReadonlySet<string>) {
  const queryClient = useQueryClient();
  const [active, setActive] = useState<ReadonlySet<string>>(new Set());
  const [elsewhere, setElsewhere] = useState(0);

  useLiveTopic('threads', (event) => {
    if (event?.name !== 'thread.activity') return;
    const { threadId } = event;
    if (shown.has(threadId)) setActive((ids) => new Set(ids).add(threadId));
    else setElsewhere((count) => count + 1);
  });

  return {
    active,
    elsewhere,
    refresh() {
      setActive(new Set());
      setElsewhere(0);
      void queryClient.invalidateQueries({ queryKey: listsKey });
    },
  };
}
