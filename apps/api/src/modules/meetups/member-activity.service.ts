import { ACTIVITY_LIST_LENGTH, type MemberActivity } from '@praxis/contracts/member-activity';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import * as repository from './member-activity.repository.ts';

/**
 * The meetups a member attended and the contributions they brought, as `viewer` may see them,
 * for their profile: a meetup of a series the viewer is not invited to is neither listed nor
 * counted.
 */
export async function meetupActivityOf(
  db: Db,
  viewer: AccountMember,
  memberId: string,
): Promise<Pick<MemberActivity, 'meetupsAttended' | 'contributions'>> {
  const [attended, contributions] = await Promise.all([
    repository.meetupsAttendedBy(db, viewer, memberId, ACTIVITY_LIST_LENGTH),
    repository.contributionsBy(db, viewer, memberId, ACTIVITY_LIST_LENGTH),
  ]);
  return {
    meetupsAttended: {
      count: attended[0]?.total ?? 0,
      items: attended.flatMap(({ id, title, startsAt }) =>
        startsAt ? [{ id, title, startsAt: startsAt.toISOString() }] : [],
      ),
    },
    contributions: {
      count: contributions[0]?.total ?? 0,
      items: contributions.map((item) => ({
        id: item.id,
        title: item.title,
        kind: item.kind,
        meetup: {
          id: item.meetupId,
          title: item.meetupTitle,
          startsAt: item.meetupStartsAt?.toISOString() ?? null,
        },
        thread:
          item.threadId && item.threadTitle && item.threadKind
            ? { id: item.threadId, title: item.threadTitle, kind: item.threadKind }
            : null,
      })),
    },
  };
}
