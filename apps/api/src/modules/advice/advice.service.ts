import type { AdviserReason, Advisers } from '@praxis/contracts/advice';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { findVisibleThread, membersWhoCanSeeThread } from '../threads/threads.service.ts';
import * as repository from './advice.repository.ts';

const SUGGESTIONS = 5;

export function createAdviceService(db: Db) {
  async function findQuestion(viewer: AccountMember, threadId: string) {
    const thread = await findVisibleThread(db, viewer, threadId);
    if (thread.kind !== 'question') {
      throw new AppError('conflict', msg('errors.advice.onlyQuestions'));
    }
    return thread;
  }

  async function advisers(viewer: AccountMember, threadId: string): Promise<Advisers> {
    const thread = await findQuestion(viewer, threadId);
    // Whom an asker turned to is between them and the organisers, who report on advice given.
    if (thread.authorId !== viewer.id && !isOrganiser(viewer)) {
      throw new AppError('forbidden', msg('errors.advice.advisersHidden'));
    }
    const [candidates, requests] = await Promise.all([
      repository.findAdviserCandidates(db, viewer, threadId, SUGGESTIONS),
      repository.requestsOn(db, threadId),
    ]);
    const people = await authorsById(db, [
      ...candidates.map((c) => c.id),
      ...requests.map((request) => request.memberId),
    ]);
    const asked = new Set(requests.map((request) => request.memberId));
    return {
      suggested: candidates.flatMap((candidate) => {
        const member = people.get(candidate.id);
        if (!member) return [];
        const topics = new Set([...member.expertise, ...member.adviceTopics]);
        const shared = thread.tags.filter((tag) => topics.has(tag));
        const reasons: AdviserReason[] = [
          ...(shared.length ? [{ kind: 'topics' as const, topics: shared }] : []),
          ...(candidate.acceptedAnswers
            ? [{ kind: 'acceptedAnswers' as const, count: candidate.acceptedAnswers }]
            : []),
          ...(candidate.textRank > 0 && shared.length === 0 ? [{ kind: 'profile' as const }] : []),
        ];
        return [
          {
            member: {
              ...toAuthor(member),
              headline: member.headline,
              organisation: member.organisation,
              expertise: member.expertise,
              adviceTopics: member.adviceTopics,
            },
            score: Math.round(candidate.score * 1000) / 1000,
            reasons,
            asked: asked.has(candidate.id),
          },
        ];
      }),
      asked: requests.flatMap(({ memberId, askedAt }) => {
        const member = people.get(memberId);
        return member ? [{ member: toAuthor(member), askedAt: askedAt.toISOString() }] : [];
      }),
    };
  }

  return {
    advisers,

    /** The question's author asks members for advice; each newly asked one is notified. */
    async ask(actor: AccountMember, threadId: string, memberIds: string[]): Promise<Advisers> {
      const thread = await findQuestion(actor, threadId);
      if (thread.authorId !== actor.id) {
        throw new AppError('forbidden', msg('errors.advice.onlyAskerAsks'));
      }
      const wanted = [...new Set(memberIds)];
      if (wanted.includes(actor.id)) {
        throw new AppError('invalid', msg('errors.advice.notYourself'), {
          fields: { memberIds: msg('errors.advice.notYourselfField') },
        });
      }
      // Only those who said they advise, so that asking cannot become a way to notify anyone.
      const open = await repository.openToAdviseIds(db, wanted);
      const allowed = new Set(await membersWhoCanSeeThread(db, threadId, open));
      if (wanted.some((id) => !allowed.has(id))) {
        throw new AppError('invalid', msg('errors.advice.notAdvisers'), {
          fields: { memberIds: msg('errors.advice.notAdvisersField') },
        });
      }
      await db.transaction(async (tx) => {
        const newlyAsked = await repository.insertRequests(tx, threadId, actor.id, wanted);
        await notify(
          tx,
          newlyAsked.map((memberId) => ({
            memberId,
            kind: 'advice_request' as const,
            actorId: actor.id,
            threadId,
          })),
        );
      });
      return advisers(actor, threadId);
    },
  };
}
