import type { LiveEvent, ServerFrame } from '@praxis/contracts/realtime';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { RealtimeClient } from './realtime-client.ts';
import { EMPTY_ROOM, type RealtimeState } from './realtime-store.ts';
import { getMe, meQueryOptions } from './session.ts';

/** One websocket per tab, shared by every feature that shows something live. */
export const realtime = new RealtimeClient();

/** Keeps the tab's websocket open while `memberId` is signed in. */
export function useRealtimeConnection(memberId: string) {
  const queryClient = useQueryClient();
  // biome-ignore lint/correctness/useExhaustiveDependencies: another member needs another socket.
  useEffect(() => {
    realtime.start({
      // Storing the answer sends the app to the sign-in page when the session has ended. A
      // failed request (the server is down) is not stored: it says nothing about the session.
      checkSession: async () => {
        const member = await getMe();
        queryClient.setQueryData(meQueryOptions().queryKey, member);
        return member !== null;
      },
    });
    return () => realtime.stop();
  }, [memberId, queryClient]);
}

/** A slice of the realtime state; `select` must return something stable, not a new object. */
export function useRealtime<T>(select: (state: RealtimeState) => T): T {
  return useSyncExternalStore(realtime.store.subscribe, () => select(realtime.store.get()));
}

export const useConnectionState = () => useRealtime((state) => state.connection);

export const useOnlineMembers = () => useRealtime((state) => state.online);

export const useRealtimeRoom = (roomId: string) =>
  useRealtime((state) => state.rooms[roomId] ?? EMPTY_ROOM);

/**
 * Follows `topic` live while the component lives: `listener` hears each change, and `null` once
 * the topic is followed (again, after a reconnection), when whatever happened meanwhile must be
 * read back over HTTP.
 */
export function useLiveTopic(topic: string | null, listener: (event: LiveEvent | null) => void) {
  const onEvent = useEffectEvent(listener);
  useEffect(() => {
    if (!topic) return;
    const stop = realtime.onFrame((frame) => {
      if (frame.type === 'live' && frame.topic === topic) onEvent(frame.event);
      else if (frame.type === 'followed' && frame.topic === topic) onEvent(null);
    });
    realtime.topics.add(topic);
    return () => {
      realtime.topics.remove(topic);
      stop();
    };
  }, [topic]);
}

/** Calls `listener` with every frame the server sends, for as long as the component lives. */
export function useRealtimeFrame(listener: (frame: ServerFrame) => void) {
  const onFrame = useEffectEvent(listener);
  useEffect(() => realtime.onFrame((frame) => onFrame(frame)), []);
}
