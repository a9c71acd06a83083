import type { AdviserReason, Advisers, AskedAdviser } from '@praxis/contracts/advice';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { actorDetailOf } from '../threads/anonymity.service.ts';
import { findVisibleThread, membersWhoCanSeeThread } from '../threads/threads.service.ts';
import { planRequestDeadlines } from './advice.jobs.ts';
import * as repository from './advice.repository.ts';
import { monthStart, unavailability, unavailableAmong } from './availability.service.ts';
import { lockLimits, takenSince } from './requests.repository.ts';

const SUGGESTIONS = 5;
/** How many matches are weighed, so that five can be suggested when some are full or away. */
const CANDIDATES = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AdviceOptions {
  /** Days an adviser has to answer a request before it expires. */
  requestDays: number;
}

type RequestRow = Awaited<ReturnType<typeof repository.requestsOn>>[number];

/** Where a request stands, as the asker and the organisers see it. */
export function requestStanding(row: RequestRow): Omit<AskedAdviser, 'member' | 'askedAt'> {
  return {
    state: row.state,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    doneAt: row.doneAt?.toISOString() ?? null,
    expiresAt: row.state === 'pending' ? (row.expiresAt?.toISOString() ?? null) : null,
    helped: row.helped,
  };
}

export function createAdviceService(db: Db, options: AdviceOptions) {
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
    const [matches, requests] = await Promise.all([
      repository.findAdviserCandidates(db, viewer, threadId, CANDIDATES),
      repository.requestsOn(db, threadId),
    ]);
    const asked = new Set(requests.map((request) => request.memberId));
    const unavailable = await unavailableAmong(
      db,
      matches.map((c) => c.id).filter((id) => !asked.has(id)),
      new Date(),
    );
    const candidates = matches.filter((c) => !unavailable.has(c.id)).slice(0, SUGGESTIONS);
    const away = matches.filter((c) => unavailable.has(c.id)).slice(0, SUGGESTIONS);
    const people = await authorsById(db, [
      ...candidates.map((c) => c.id),
      ...away.map((c) => c.id),
      ...requests.map((request) => request.memberId),
    ]);
    // Spread last: see bench/README.md, "Object spread".
    const card = (member: NonNullable<ReturnType<typeof people.get>>) => ({
      headline: member.headline,
      organisation: member.organisation,
      expertise: member.expertise,
      adviceTopics: member.adviceTopics,
      ...toAuthor(member),
    });
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
          ...(candidate.helped ? [{ kind: 'helped' as const, count: candidate.helped }] : []),
        ];
        return [
          {
            member: card(member),
            score: Math.round(candidate.score * 1000) / 1000,
            reasons,
            asked: asked.has(candidate.id),
          },
        ];
      }),
      unavailable: away.flatMap((candidate) => {
        const member = people.get(candidate.id);
        const why = unavailable.get(candidate.id);
        return member && why ? [{ member: card(member), unavailable: why }] : [];
      }),
      asked: requests.flatMap((request) => {
        const member = people.get(request.memberId);
        return member
          ? [
              {
                member: toAuthor(member),
                askedAt: request.createdAt.toISOString(),
                ...requestStanding(request),
              },
            ]
          : [];
      }),
    };
  }

  /**
   * Refuses an adviser who is away or full, under the lock on their limits: of two asks racing
   * for their last place this month, the second waits here and then counts the first.
   */
  async function refuseUnavailable(tx: Db, memberId: string, now: Date) {
    const limits = await lockLimits(tx, memberId);
    if (!limits) return;
    const taken = (await takenSince(tx, [memberId], monthStart(now))).get(memberId) ?? 0;
    const why = unavailability(limits, taken, now);
    if (!why) return;
    const name = (await authorsById(tx, [memberId])).get(memberId)?.name ?? '';
    throw new AppError(
      'conflict',
      why.kind === 'away'
        ? msg('errors.advice.adviserAway', { name, until: why.until })
        : msg('errors.advice.adviserFull', { name, freeFrom: why.freeFrom }),
    );
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
      const before = new Set((await repository.requestsOn(db, threadId)).map((r) => r.memberId));
      const now = new Date();
      const expiresAt = new Date(now.getTime() + options.requestDays * DAY_MS);
      await db.transaction(async (tx) => {
        // In a fixed order, so that two asks naming the same advisers cannot deadlock.
        const fresh = wanted.filter((id) => !before.has(id)).sort();
        for (const memberId of fresh) await refuseUnavailable(tx, memberId, now);
        const newlyAsked = await repository.insertRequests(tx, threadId, actor.id, fresh, {
          createdAt: now,
          expiresAt,
        });
        await planRequestDeadlines(tx, threadId, newlyAsked, expiresAt);
        await notify(
          tx,
          newlyAsked.map((memberId) => ({
            memberId,
            kind: 'advice_request' as const,
            actorId: actor.id,
            threadId,
            // The asker of an anonymous question is named as the question names them.
            detail: actorDetailOf(thread, actor.id),
          })),
        );
      });
      return advisers(actor, threadId);
    },
  };
}
