import type { Db } from '@praxis/db/client';
import { sessions } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import { pushSubscriptions } from '@praxis/db/schema/push';
import { and, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { accountColumns } from '../members/account-columns.ts';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/**
 * Stores a browser's subscription for the member and session. The endpoint is the browser's:
 * subscribing again takes the row over, but only for the member it is already theirs, or once
 * the session it was bound to has expired: null when it is another member's, lest whoever
 * learns an endpoint turn a member's pushes to themselves.
 */
export async function upsert(
  db: Db,
  subscription: Pick<
    PushSubscriptionRow,
    'memberId' | 'sessionId' | 'endpoint' | 'p256dh' | 'auth' | 'label'
  >,
): Promise<PushSubscriptionRow | null> {
  const [row] = await db
    .insert(pushSubscriptions)
    .values(subscription)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: {
        memberId: subscription.memberId,
        sessionId: subscription.sessionId,
        p256dh: subscription.p256dh,
        auth: subscription.auth,
        label: subscription.label,
        createdAt: sql`now()`,
        lastPushedAt: null,
      },
      // Qualified: here an unqualified name could be the proposed row's as well as the stored one's.
      setWhere: sql`"push_subscriptions"."member_id" = ${subscription.memberId}
        or not exists (select 1 from ${sessions} where ${sessions.id} = "push_subscriptions"."session_id"
        and ${sessions.expiresAt} > now())`,
    })
    .returning();
  return row ?? null;
}

/** Keeps the member's `keep` newest subscriptions and deletes the rest. */
export async function keepNewest(db: Db, memberId: string, keep: number) {
  const newest = db
    .select({ id: pushSubscriptions.id })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.memberId, memberId))
    .orderBy(desc(pushSubscriptions.createdAt))
    .limit(keep);
  await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.memberId, memberId), notInArray(pushSubscriptions.id, newest)));
}

/** The member's devices, newest first; a member has a handful, never a page's worth. */
export async function listOf(db: Db, memberId: string): Promise<PushSubscriptionRow[]> {
  return db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.memberId, memberId))
    .orderBy(desc(pushSubscriptions.createdAt))
    .limit(100);
}

/** Removes one of the member's devices; false when it is not theirs or is gone. */
export async function removeOwn(db: Db, memberId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.memberId, memberId)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

/**
 * Subscriptions whose session lasts: one whose session expired (it is swept later) is pushed
 * nothing, as whoever holds that browser now may not be the member.
 */
const sessionLasts = sql`exists (select 1 from ${sessions} where ${sessions.id} = "push_subscriptions"."session_id"
  and ${sessions.expiresAt} > now())`;

/** The subscription, while its session lasts. */
export async function byId(db: Db, id: string): Promise<PushSubscriptionRow | null> {
  const [row] = await db
    .select()
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.id, id), sessionLasts));
  return row ?? null;
}

/** The push service said the subscription is gone (404, 410): so it is here too. */
export async function forget(db: Db, id: string) {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

export async function markPushed(db: Db, id: string, at: Date) {
  await db.update(pushSubscriptions).set({ lastPushedAt: at }).where(eq(pushSubscriptions.id, id));
}

/** The subscriptions of these members whose session lasts, by member: most have none. */
export async function ofMembers(
  db: Db,
  memberIds: string[],
): Promise<Map<string, PushSubscriptionRow[]>> {
  const byMember = new Map<string, PushSubscriptionRow[]>();
  if (memberIds.length === 0) return byMember;
  const rows = await db
    .select()
    .from(pushSubscriptions)
    .where(and(inArray(pushSubscriptions.memberId, [...new Set(memberIds)]), sessionLasts));
  for (const row of rows) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
  return byMember;
}

/** The active members among `memberIds`, as accounts: a deactivated one is pushed nothing. */
export async function activeAccounts(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  return db
    .select(accountColumns)
    .from(members)
    .where(and(inArray(members.id, memberIds), isNull(members.deactivatedAt)));
}
