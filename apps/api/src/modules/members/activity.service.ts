import type { MemberActivity } from '@praxis/contracts/member-activity';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { meetupActivityOf } from '../meetups/member-activity.service.ts';
import { threadActivityOf } from '../threads/member-activity.service.ts';
import * as repository from './members.repository.ts';
import { canSeeMember } from './members.service.ts';

/**
 * What a member gave the network, for their profile: stories, accepted answers, meetups
 * attended and agenda contributions. Each module lists its own part by the viewer's rights.
 */
export async function memberActivity(
  db: Db,
  viewer: AccountMember,
  handle: string,
): Promise<MemberActivity> {
  const member = await repository.findProfileByHandle(db, handle);
  if (!member || !canSeeMember(viewer, member)) {
    throw new AppError('not_found', msg('errors.members.noSuchHandle', { handle }));
  }
  const [threads, meetups] = await Promise.all([
    threadActivityOf(db, viewer, member.id),
    meetupActivityOf(db, viewer, member.id),
  ]);
  return { ...threads, ...meetups };
}
