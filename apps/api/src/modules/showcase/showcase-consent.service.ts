import type { AccountMember } from '@praxis/contracts/members';
import type { ShowcaseConsent, ShowcaseItem, ShowcasePreview } from '@praxis/contracts/showcase';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import type { Network } from '../../plugins/network.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { showcaseAnswered, showcaseChanged } from './showcase.events.ts';
import * as repository from './showcase.repository.ts';
import { createShowcaseService, itemGone, presentItems } from './showcase.service.ts';

// The answers of the people an item names, and an organiser's withdrawal: what moves an item
// between waiting, public and withdrawn.

export function createShowcaseConsentService(db: Db, network: Network) {
  const showcase = createShowcaseService(db, network);

  /**
   * A named member's answer. Consent with how to be shown; the last consent publishes the item,
   * if what it was copied from still qualifies at that moment. `declined` withdraws it for good,
   * at once, whether it was waiting or already public. Under the item's lock: two answers at the
   * same moment are taken one after the other, so one of them is seen to be the last.
   */
  async function answer(
    actor: AccountMember,
    id: string,
    input: ShowcaseConsent,
  ): Promise<ShowcasePreview> {
    await db.transaction(async (tx) => {
      const item = await repository.lockItem(tx, id);
      const credits = item ? ((await repository.creditsOf(tx, [id])).get(id) ?? []) : [];
      if (!item || !credits.some((credit) => credit.memberId === actor.id)) throw itemGone();
      if (item.status === 'withdrawn') {
        throw new AppError('conflict', msg('errors.showcase.withdrawnForGood'));
      }
      await repository.setAnswer(tx, id, actor.id, input.answer);
      const detail = { showcaseItemId: id, title: item.title };
      if (input.answer === 'declined') {
        await repository.updateItem(tx, id, {
          status: 'withdrawn',
          withdrawal: item.status === 'published' ? 'consent_withdrawn' : 'consent_declined',
          withdrawnAt: new Date(),
        });
        if (item.requestedById) {
          await notify(tx, [
            {
              memberId: item.requestedById,
              kind: 'showcase_withdrawn',
              actorId: actor.id,
              detail,
            },
          ]);
        }
      } else if (item.status === 'awaiting_consent') {
        const stillPending = credits.some(
          (credit) => credit.memberId !== actor.id && credit.answer === 'pending',
        );
        if (!stillPending) {
          if (!(await repository.stillPublic(tx, item))) {
            throw new AppError('conflict', msg('errors.showcase.noLongerPublic'));
          }
          await repository.updateItem(tx, id, { status: 'published', publishedAt: new Date() });
          const told = new Set(credits.map((credit) => credit.memberId));
          if (item.requestedById) told.add(item.requestedById);
          await notify(
            tx,
            [...told].map((memberId) => ({
              memberId,
              kind: 'showcase_published' as const,
              detail,
            })),
          );
        }
      }
      await showcaseAnswered(tx, id, actor.id, input.answer);
    });
    return showcase.preview(actor, id);
  }

  /** An organiser takes an item off the showcase, or stops it going there, for good. */
  async function unpublish(actor: AccountMember, id: string): Promise<ShowcaseItem> {
    requireOrganiser(actor, msg('errors.showcase.onlyOrganisersPublish'));
    const row = await db.transaction(async (tx) => {
      const item = await repository.lockItem(tx, id);
      if (!item) throw itemGone();
      if (item.status === 'withdrawn') {
        throw new AppError('conflict', msg('errors.showcase.alreadyWithdrawn'));
      }
      const withdrawn = await repository.updateItem(tx, id, {
        status: 'withdrawn',
        withdrawal: 'unpublished',
        withdrawnAt: new Date(),
      });
      await recordAudit(
        tx,
        { id: actor.id, name: actor.name },
        {
          action: 'showcase.unpublished',
          target: { type: 'showcase_item', id, label: item.title },
          details: { from: item.status },
        },
      );
      await showcaseChanged(tx, id);
      return withdrawn;
    });
    const [shown] = await presentItems(db, network, [row]);
    if (!shown) throw itemGone();
    return shown;
  }

  return { answer, unpublish };
}
