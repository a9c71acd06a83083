import type { TrackRef } from '@praxis/contracts/cohorts';
import { useT } from './i18n/use-t.tsx';

/**
 * A track as people read it: its own name, or for a training, policy lab or train-the-trainers
 * track left unnamed, its kind in the reader's language.
 */
export function useTrackName() {
  const t = useT();
  return (track: Pick<TrackRef, 'kind' | 'name'>) =>
    track.name || t('pilots.track.kind', { kind: track.kind });
}
