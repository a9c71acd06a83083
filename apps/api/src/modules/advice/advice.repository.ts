import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { adviceRequests } from '@praxis/db/schema/advice';
import { members } from '@praxis/db/schema/members';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  acceptedAnswersMatching,
  questionWords,
  threadIdVisibleTo,
} from '../threads/threads.visibility.ts';

export interface AdviserCandidate {
  id: string;
  score: number;
  textRank: number;
  tagMatches: number;
  acceptedAnswers: number;
  helped: number;
}

/**
 * Members open to advise who best match a question, by the score documented in the README:
 *
 *   score = ts_rank(profile, question words)            their expertise, topics, headline, bio
 *         + 0.5 × (question tags among their expertise and advice topics)
 *         + Σ ts_rank(question, words) over similar questions where their reply was accepted
 *         + 0.25 × min(askers they helped, 4)          only for who matches by the terms above
 *
 * The question's words are its title, tags and the start of its body, as an "any word" query.
 * Only members who may see the question are suggested; its author never is. Answers count
 * only on questions the viewer may see, or the score would tell them about threads they cannot.
 * The question and the answers are read through the threads module's fragments; the score is
 * this module's.
 */
export async function findAdviserCandidates(
  db: Db,
  viewer: AccountMember,
  threadId: string,
  limit: number,
): Promise<AdviserCandidate[]> {
  const member = { id: sql.raw('m.id'), role: sql.raw('m.role') };
  const question = { id: sql.raw('question.id'), query: sql.raw('question.query') };
  const result = await db.execute(sql`
    with question as (${questionWords(sql`${threadId}::uuid`)}),
    answers as (
      select answer.member_id, sum(answer.rank) as rank, count(*)::int as answers
        from question
        cross join lateral (${acceptedAnswersMatching(question.query, question.id, viewer)}) answer
       where question.query is not null
       group by answer.member_id
    ),
    thanks as (
      select member_id, count(distinct asked_by_id)::int as helped
        from advice_requests where helped group by member_id
    ),
    scored as (
      select m.id,
             coalesce(ts_rank(m.search, question.query), 0) as text_rank,
             (select count(*)::int from unnest(question.tags) as tag
               where tag = any(m.expertise) or tag = any(m.advice_topics)) as tag_matches,
             coalesce(answers.rank, 0) as answer_rank,
             coalesce(answers.answers, 0) as accepted_answers,
             coalesce(thanks.helped, 0) as helped
        from members m
        cross join question
        left join answers on answers.member_id = m.id
        left join thanks on thanks.member_id = m.id
       where m.open_to_advise and m.deactivated_at is null and m.id <> question.author_id
         and ${threadIdVisibleTo(question.id, member)}
    )
    select id,
           (text_rank + 0.5 * tag_matches + answer_rank + 0.25 * least(helped, 4))::float8 as score,
           text_rank::float8 as text_rank, tag_matches, accepted_answers, helped
      from scored
     where text_rank + 0.5 * tag_matches + answer_rank > 0
     order by score desc, id
     limit ${limit}
  `);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((row) => ({
    id: String(row.id),
    score: Number(row.score),
    textRank: Number(row.text_rank),
    tagMatches: Number(row.tag_matches),
    acceptedAnswers: Number(row.accepted_answers),
    helped: Number(row.helped),
  }));
}

/** Who was asked about a question, when, and where each request stands, first asked first. */
export async function requestsOn(db: Db, threadId: string) {
  return db
    .select()
    .from(adviceRequests)
    .where(eq(adviceRequests.threadId, threadId))
    .orderBy(asc(adviceRequests.createdAt), asc(adviceRequests.memberId));
}

/** Records the requests; returns the members asked now, leaving out who was asked before. */
export async function insertRequests(
  db: Db,
  threadId: string,
  askedById: string,
  memberIds: string[],
  times: { createdAt: Date; expiresAt: Date },
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .insert(adviceRequests)
    .values(memberIds.map((memberId) => ({ threadId, memberId, askedById, ...times })))
    .onConflictDoNothing()
    .returning({ memberId: adviceRequests.memberId });
  return rows.map((row) => row.memberId);
}

/** Of these members, those who said they are open to advise. */
export async function openToAdviseIds(db: Db, memberIds: string[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, memberIds), eq(members.openToAdvise, true)));
  return rows.map((row) => row.id);
}
