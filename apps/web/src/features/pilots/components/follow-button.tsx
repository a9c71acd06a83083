import type { PilotDetail } from '@praxis/contracts/pilots';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useFollowPilot } from '../api/follow-pilot.ts';

/** Followers hear of every update and stage change. */
export function FollowButton({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const follow = useFollowPilot(pilot.id);
  return (
    <>
      <button
        type="button"
        className="action-button"
        disabled={follow.isPending}
        title={t(pilot.following ? 'pilots.follow.unfollowTitle' : 'pilots.follow.followTitle')}
        onClick={() => follow.mutate({ pilotId: pilot.id, following: !pilot.following })}
      >
        {t(pilot.following ? 'pilots.follow.unfollow' : 'pilots.follow.follow')}
      </button>
      {follow.isError && (
        <span className="field-error small" role="alert">
          {follow.error.message}
        </span>
      )}
    </>
  );
}
