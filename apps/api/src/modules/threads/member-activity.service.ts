import { ACTIVITY_LIST_LENGTH, type MemberActivity } from '@praxis/contracts/member-activity';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import * as repository from './member-activity.repository.ts';

/**
 * A member's stories and accepted answers as `viewer` may see them, for their profile: a cohort
 * thread of a cohort the viewer is not in is neither listed nor counted.
 */
export async function threadActivityOf(
  db: Db,
  viewer: AccountMember,
  memberId: string,
): Promise<Pick<MemberActivity, 'stories' | 'acceptedAnswers'>> {
  const [stories, answers] = await Promise.all([
    repository.storiesBy(db, viewer, memberId, ACTIVITY_LIST_LENGTH),
    repository.acceptedAnswersBy(db, viewer, memberId, ACTIVITY_LIST_LENGTH),
  ]);
  return {
    stories: {
      count: stories[0]?.total ?? 0,
      items: stories.map(({ id, title, kind, createdAt }) => ({
        id,
        title,
        kind: kind === 'failure' ? 'failure' : 'success',
        createdAt: createdAt.toISOString(),
      })),
    },
    acceptedAnswers: {
      count: answers[0]?.total ?? 0,
      items: answers.map(({ threadId, replyId, threadTitle, answeredAt }) => ({
        threadId,
        replyId,
        threadTitle,
        answeredAt: answeredAt.toISOString(),
      })),
    },
  };
}
