import type { MessageHit } from '@praxis/contracts/search';
import type { useT } from '../../../lib/i18n/use-t.tsx';

export type Translate = ReturnType<typeof useT>;

/** Where a chat message was said, as a reader names the room. */
export function roomLabel(t: Translate, hit: MessageHit): string {
  if (hit.roomKind === 'network') return t('search.everything.networkRoom');
  if (hit.roomKind === 'direct') return t('search.everything.directRoom');
  return hit.roomName ?? '';
}
