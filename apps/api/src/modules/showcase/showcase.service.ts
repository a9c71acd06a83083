import type { AccountMember } from '@praxis/contracts/members';
import type {
  PublishPilot,
  ShowcaseItem,
  ShowcaseItemPage,
  ShowcaseItemQuery,
  ShowcasePreview,
} from '@praxis/contracts/showcase';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import type { z } from 'zod';
import { AppError, isUniqueViolation } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { isOrganiser, requireOrganiser } from '../../plugins/auth.ts';
import type { Network } from '../../plugins/network.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type LessonShowcaseRefusal, lessonForShowcase } from '../lessons/lesson-public.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { pilotForShowcase } from '../pilots/pilot-public.service.ts';
import { showcaseChanged } from './showcase.events.ts';
import * as repository from './showcase.repository.ts';
import { newSlug, publicPath } from './showcase-slug.service.ts';

/** A page of the signed-in list: organisers read a few pages, a member's own list is short. */
const PAGE_SIZE = 20;

const REFUSALS: Record<LessonShowcaseRefusal | 'pilot_cohort_only', string> = {
  not_published: msg('errors.showcase.lessonNotPublished'),
  cohort_only: msg('errors.showcase.lessonCohortOnly'),
  source_cohort_only: msg('errors.showcase.lessonSourceCohortOnly'),
  off_record: msg('errors.showcase.lessonOffRecord'),
  anonymous: msg('errors.showcase.lessonAnonymous'),
  pilot_cohort_only: msg('errors.showcase.pilotCohortOnly'),
};

export const refusedFor = (reason: keyof typeof REFUSALS) =>
  new AppError('conflict', REFUSALS[reason]);

export const itemGone = () => new AppError('not_found', msg('errors.showcase.itemGone'));

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** Items as organisers and the people they name see them in the app. */
export async function presentItems(
  db: Db,
  network: Network,
  rows: repository.ItemRow[],
): Promise<ShowcaseItem[]> {
  const credits = await repository.creditsOf(
    db,
    rows.map((row) => row.id),
  );
  const people = await authorsById(db, [
    ...new Set([...credits.values()].flat().map((credit) => credit.memberId)),
  ]);
  const origin = network.current().publicUrl;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    withdrawal: row.withdrawal,
    title: row.title,
    lessonId: row.lessonId,
    pilotId: row.pilotId,
    publicUrl: row.status === 'published' ? `${origin}${publicPath(row)}` : null,
    requestedAt: row.requestedAt.toISOString(),
    publishedAt: iso(row.publishedAt),
    withdrawnAt: iso(row.withdrawnAt),
    credits: (credits.get(row.id) ?? []).flatMap((credit) => {
      const person = people.get(credit.memberId);
      return person
        ? [
            {
              member: toAuthor(person),
              role: credit.role,
              answer: credit.answer,
              answeredAt: iso(credit.answeredAt),
            },
          ]
        : [];
    }),
  }));
}

export function createShowcaseService(db: Db, network: Network) {
  function requirePublisher(actor: AccountMember) {
    requireOrganiser(actor, msg('errors.showcase.onlyOrganisersPublish'));
    if (!network.current().showcaseEnabled) {
      throw new AppError('conflict', msg('errors.showcase.turnedOff'));
    }
  }

  /**
   * Stores the item with everyone it names and asks each of them, in one transaction; a second
   * live item of the same lesson or pilot, however close, meets the partial unique index.
   */
  async function request(
    actor: AccountMember,
    copy: (
      tx: Db,
    ) => Promise<{ item: repository.NewItem; credits: { memberId: string; role: string }[] }>,
  ) {
    try {
      const id = await db.transaction(async (tx) => {
        const { item, credits } = await copy(tx);
        const row = await repository.insertItem(tx, { ...item, requestedById: actor.id });
        await repository.insertCredits(tx, row.id, credits);
        const detail = { showcaseItemId: row.id, title: row.title };
        await notify(
          tx,
          credits.map(({ memberId }) => ({
            memberId,
            kind: 'showcase_consent_requested' as const,
            actorId: actor.id,
            detail,
          })),
        );
        // Nobody left to ask (every author's account gone): nothing waits.
        if (credits.length === 0) {
          await repository.updateItem(tx, row.id, { status: 'published', publishedAt: new Date() });
        }
        await recordAudit(
          tx,
          { id: actor.id, name: actor.name },
          {
            action: 'showcase.requested',
            target: { type: 'showcase_item', id: row.id, label: row.title },
            details: { kind: row.kind, lessonId: row.lessonId, pilotId: row.pilotId },
          },
        );
        await showcaseChanged(tx, row.id);
        return row.id;
      });
      return id;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('conflict', msg('errors.showcase.alreadyLive'));
      }
      throw error;
    }
  }

  async function item(id: string): Promise<ShowcaseItem> {
    const row = await repository.findItem(db, id);
    if (!row) throw itemGone();
    const [shown] = await presentItems(db, network, [row]);
    if (!shown) throw itemGone();
    return shown;
  }

  return {
    async publishLesson(actor: AccountMember, lessonId: string): Promise<ShowcaseItem> {
      requirePublisher(actor);
      const id = await request(actor, async (tx) => {
        const lesson = await lessonForShowcase(tx, actor, lessonId);
        if (lesson.refusal) throw refusedFor(lesson.refusal);
        return {
          item: {
            slug: newSlug(lesson.title),
            kind: 'lesson',
            lessonId: lesson.id,
            title: lesson.title,
            sectionsHtml: lesson.sectionsHtml,
            tags: lesson.tags,
            language: lesson.language,
            stage: lesson.stage,
            programmeName: lesson.programmeName,
          },
          credits: lesson.credits,
        };
      });
      return item(id);
    },

    async publishPilot(
      actor: AccountMember,
      pilotId: string,
      input: z.output<typeof PublishPilot>,
    ): Promise<ShowcaseItem> {
      requirePublisher(actor);
      const id = await request(actor, async (tx) => {
        const pilot = await pilotForShowcase(tx, actor, pilotId);
        if (pilot.refusal) throw refusedFor('pilot_cohort_only');
        return {
          item: {
            slug: newSlug(pilot.name),
            kind: 'pilot',
            pilotId: pilot.id,
            title: pilot.name,
            summarySource: input.summary,
            summaryHtml: cookMarkdown(input.summary),
            language: pilot.language,
            stage: pilot.stage,
            programmeName: pilot.programmeName,
            organisations: pilot.organisations,
          },
          credits: pilot.credits,
        };
      });
      return item(id);
    },

    /**
     * Organisers: every item (`all`) or those naming them; anyone else: those naming them. Either
     * narrowed to one lesson's or pilot's items when asked.
     */
    async list(
      actor: AccountMember,
      query: z.output<typeof ShowcaseItemQuery>,
    ): Promise<ShowcaseItemPage> {
      if (query.scope === 'all') {
        requireOrganiser(actor, msg('errors.showcase.onlyOrganisersList'));
      }
      const rows = await repository.listItems(
        db,
        {
          memberId: query.scope === 'all' ? null : actor.id,
          lessonId: query.lessonId,
          pilotId: query.pilotId,
        },
        decodeCursor(query.cursor),
        PAGE_SIZE,
      );
      const { page, nextCursor } = pageOf(
        rows.map((row) => ({ ...row, createdAt: row.requestedAt })),
        PAGE_SIZE,
      );
      return { items: await presentItems(db, network, page), nextCursor };
    },

    /** What goes out, for organisers and the people it names; a 404 for anyone else. */
    async preview(actor: AccountMember, id: string): Promise<ShowcasePreview> {
      const row = await repository.findItem(db, id);
      if (!row) throw itemGone();
      const credits = (await repository.creditsOf(db, [id])).get(id) ?? [];
      const mine = credits.find((credit) => credit.memberId === actor.id);
      if (!mine && !isOrganiser(actor)) throw itemGone();
      const [shown] = await presentItems(db, network, [row]);
      if (!shown) throw itemGone();
      return {
        item: shown,
        language: row.language,
        tags: row.tags,
        stage: row.stage,
        programmeName: row.programmeName,
        organisations: row.organisations,
        sectionsHtml: row.sectionsHtml,
        summaryHtml: row.summaryHtml,
        myAnswer: mine?.answer ?? null,
      };
    },
  };
}

export type ShowcaseService = ReturnType<typeof createShowcaseService>;
