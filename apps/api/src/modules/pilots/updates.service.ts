import type { AccountMember } from '@praxis/contracts/members';
import type {
  NewPilotUpdateInput,
  PilotUpdate,
  PilotUpdateEditBody,
  PilotUpdatePage,
  PilotUpdateWithPilot,
} from '@praxis/contracts/pilot-updates';
import type { Db } from '@praxis/db/client';
import { sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import * as pilots from './pilots.repository.ts';
import { visiblePilotOrFail } from './pilots.service.ts';
import * as repository from './updates.repository.ts';

type UpdateRow = Awaited<ReturnType<typeof repository.findUpdate>> & {};
type UpdateWithPilotRow = Awaited<ReturnType<typeof repository.latestUpdatesOf>>[number];

const TimelineCursor = z.object({
  happenedOn: z.iso.date(),
  createdAt: z.iso.datetime(),
  id: z.uuid(),
});

/** The updates as the viewer sees them, their authors looked up once for all. */
export async function presentUpdates(
  db: Db,
  viewer: AccountMember,
  rows: UpdateRow[],
): Promise<PilotUpdate[]> {
  const authors = await authorsById(
    db,
    rows.flatMap((row) => (row.authorId ? [row.authorId] : [])),
  );
  return rows.map((row) => {
    const author = row.authorId ? authors.get(row.authorId) : undefined;
    return {
      id: row.id,
      pilotId: row.pilotId,
      author: author ? toAuthor(author) : null,
      bodySource: row.bodySource,
      bodyHtml: row.bodyHtml,
      language: row.language,
      stageFrom: row.stageFrom,
      stageTo: row.stageTo,
      happenedOn: row.happenedOn,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      canEdit: (row.authorId !== null && row.authorId === viewer.id) || isOrganiser(viewer),
    };
  });
}

/** The same, each with the pilot it is about. */
export async function presentUpdatesWithPilot(
  db: Db,
  viewer: AccountMember,
  rows: UpdateWithPilotRow[],
): Promise<PilotUpdateWithPilot[]> {
  const updates = await presentUpdates(db, viewer, rows);
  return updates.map((update, index) => {
    const row = rows[index] as UpdateWithPilotRow;
    // Spread last: see bench/README.md, "Object spread".
    return { pilot: { id: row.pilotId, name: row.pilotName, stage: row.pilotStage }, ...update };
  });
}

const today = () => new Date().toISOString().slice(0, 10);

export function createUpdateService(db: Db) {
  /** The update, for a change by its author or an organiser. */
  async function editableUpdateOrFail(actor: AccountMember, pilotId: string, updateId: string) {
    await visiblePilotOrFail(db, actor, pilotId);
    const update = await repository.findUpdate(db, pilotId, updateId);
    if (!update) throw new AppError('not_found', msg('errors.pilots.updateGone'));
    if (update.authorId !== actor.id && !isOrganiser(actor)) {
      throw new AppError('forbidden', msg('errors.pilots.onlyAuthorEdits'));
    }
    return update;
  }

  return {
    /**
     * A team member's update; with a stage, it moves the pilot (any move, back ones too: a
     * stopped pilot may start again, and then loses its stop reason). Its followers and team,
     * who may still see it, hear of it.
     */
    async post(actor: AccountMember, pilotId: string, input: NewPilotUpdateInput) {
      await visiblePilotOrFail(db, actor, pilotId);
      if (!(await pilots.isInTeam(db, pilotId, actor.id))) {
        throw new AppError('forbidden', msg('errors.pilots.onlyTeamPosts'));
      }
      const row = await db.transaction(async (tx) => {
        const pilot = await pilots.lockPilot(tx, pilotId);
        if (!pilot) throw new AppError('not_found', msg('errors.pilots.pilotGone'));
        const moves = input.stage !== undefined;
        if (moves && input.stage === pilot.stage) {
          throw new AppError('invalid', msg('errors.pilots.sameStage'), {
            fields: { stage: msg('errors.pilots.sameStage') },
          });
        }
        const update = await repository.insertUpdate(tx, {
          pilotId,
          authorId: actor.id,
          bodySource: input.body,
          bodyHtml: cookMarkdown(input.body),
          language: input.language ?? actor.locale ?? sourceLocale,
          stageFrom: moves ? pilot.stage : null,
          stageTo: input.stage ?? null,
          happenedOn: input.happenedOn ?? today(),
        });
        await pilots.updatePilot(
          tx,
          pilotId,
          input.stage
            ? {
                stage: input.stage,
                stopReason: input.stage === 'stopped' ? (input.stopReason ?? null) : null,
                stageChangedAt: new Date(),
              }
            : {},
        );
        const recipients = await repository.updateRecipients(tx, pilotId);
        const detail: Record<string, string> = input.stage ? { stage: input.stage } : {};
        await notify(
          tx,
          recipients.map((memberId) => ({
            memberId,
            kind: 'pilot_update' as const,
            actorId: actor.id,
            pilotId,
            pilotUpdateId: update.id,
            detail,
          })),
        );
        return update;
      });
      const [update] = await presentUpdates(db, actor, [row]);
      return update as PilotUpdate;
    },

    async edit(
      actor: AccountMember,
      pilotId: string,
      updateId: string,
      input: PilotUpdateEditBody,
    ) {
      await editableUpdateOrFail(actor, pilotId, updateId);
      const row = await repository.editUpdate(db, updateId, {
        ...(input.body === undefined
          ? {}
          : { bodySource: input.body, bodyHtml: cookMarkdown(input.body) }),
        ...(input.happenedOn === undefined ? {} : { happenedOn: input.happenedOn }),
        ...(input.language === undefined ? {} : { language: input.language }),
      });
      if (!row) throw new AppError('not_found', msg('errors.pilots.updateGone'));
      const [update] = await presentUpdates(db, actor, [row]);
      return update as PilotUpdate;
    },

    /** The pilot keeps the stage a deleted update moved it to: only the timeline loses it. */
    async remove(actor: AccountMember, pilotId: string, updateId: string) {
      await editableUpdateOrFail(actor, pilotId, updateId);
      await repository.deleteUpdate(db, updateId);
    },

    async timeline(
      viewer: AccountMember,
      pilotId: string,
      page: { cursor?: string | undefined; limit: number },
    ): Promise<PilotUpdatePage> {
      await visiblePilotOrFail(db, viewer, pilotId);
      const after = decodeJsonCursor(TimelineCursor, page.cursor);
      const rows = await repository.timeline(db, pilotId, after, page.limit);
      const shown = rows.slice(0, page.limit);
      const last = shown.at(-1);
      return {
        updates: await presentUpdates(db, viewer, shown),
        nextCursor:
          rows.length > page.limit && last
            ? encodeJsonCursor({
                happenedOn: last.happenedOn,
                createdAt: last.createdAt.toISOString(),
                id: last.id,
              })
            : null,
      };
    },
  };
}
