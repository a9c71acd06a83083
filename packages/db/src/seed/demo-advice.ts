import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { adviceRequests, adviserSettings } from '../schema/advice.ts';
import { threads } from '../schema/threads.ts';

interface DemoAdviceContext {
  members: { id: string; email: string }[];
  now: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Advice as it flows in a network that has run for a while: a few advisers thanked by the people
 * they helped, one who took on all they accept this month, one away for a few weeks, and requests
 * waiting for an answer. Only questions the whole network sees, signed by their authors.
 */
export async function seedDemoAdvice(tx: Db, { members, now }: DemoAdviceContext) {
  const byEmail = new Map(members.map((member) => [member.email, member.id]));
  const alumnus = (n: number) => byEmail.get(`member${n}@praxis.example`);
  const questions = await tx
    .select({ id: threads.id, authorId: threads.authorId })
    .from(threads)
    .where(
      and(eq(threads.kind, 'question'), isNull(threads.cohortId), eq(threads.anonymous, false)),
    )
    .orderBy(asc(threads.createdAt), asc(threads.id));
  // member1 advises a lot and is thanked for it; member3 is full this month; member4 is away.
  const [generous, full, away] = [alumnus(1), alumnus(3), alumnus(4)];
  if (!generous || !full || !away) return;
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const thisMonth = new Date(Math.max(monthStart.getTime(), now.getTime() - 2 * DAY));
  const awayUntil = new Date(now.getTime() + 20 * DAY).toISOString().slice(0, 10);
  await tx.insert(adviserSettings).values([
    { memberId: generous, monthlyCapacity: 6, awayUntil: null },
    { memberId: full, monthlyCapacity: 1, awayUntil: null },
    { memberId: away, monthlyCapacity: null, awayUntil },
  ]);

  const rows: (typeof adviceRequests.$inferInsert)[] = [];
  const ask = (
    question: { id: string; authorId: string } | undefined,
    memberId: string,
    request: Partial<typeof adviceRequests.$inferInsert> & { createdAt: Date },
  ) => {
    if (!question || question.authorId === memberId) return;
    if (rows.some((row) => row.threadId === question.id && row.memberId === memberId)) return;
    rows.push({ threadId: question.id, memberId, askedById: question.authorId, ...request });
  };
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const done = (days: number, helped: boolean | null) => ({
    createdAt: daysAgo(days),
    state: 'done' as const,
    answeredAt: daysAgo(days - 1),
    doneAt: daysAgo(days - 4),
    helped,
    helpedAnsweredAt: helped === null ? null : daysAgo(days - 5),
  });
  // Thanked by several different askers: "helped N people" on member1's profile.
  questions.slice(0, 4).forEach((question, index) => {
    ask(question, generous, done(60 + index * 10, index !== 3));
  });
  ask(questions[4], generous, {
    createdAt: daysAgo(1),
    state: 'accepted',
    answeredAt: now,
  });
  ask(questions[5], generous, {
    createdAt: daysAgo(1),
    state: 'pending',
    expiresAt: new Date(daysAgo(1).getTime() + 14 * DAY),
  });
  ask(questions[6], full, { createdAt: thisMonth, state: 'accepted', answeredAt: thisMonth });
  ask(questions[1], full, done(90, true));
  await tx.insert(adviceRequests).values(rows);
}
