import type { AuditActionName, AuditTargetType } from '@praxis/contracts/audit';
import type { Db } from '@praxis/db/client';
import * as repository from './audit.repository.ts';

/** Who acted: a member, or the network itself (a retention job) with `id: null`. */
export interface AuditActor {
  id: string | null;
  name: string;
}

export interface AuditAction {
  /** A stable dotted name from the contracts' AUDIT_ACTIONS: `thread.hidden`, `member.role_changed`. */
  action: AuditActionName;
  target: { type: AuditTargetType; id?: string | null; label?: string | null };
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Records what an organiser or admin did. Call it with the transaction that makes the change,
 * so that the action and its entry commit or roll back together.
 */
export async function recordAudit(tx: Db, actor: AuditActor, ...actions: AuditAction[]) {
  await repository.insertEntries(
    tx,
    actions.map(({ action, target, reason, details }) => ({
      actorId: actor.id,
      actorName: actor.name,
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      targetLabel: target.label ?? null,
      reason: reason ?? null,
      details: details ?? null,
    })),
  );
}
