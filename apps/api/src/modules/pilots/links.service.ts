import type { AccountMember } from '@praxis/contracts/members';
import type {
  LinkedPilots,
  LinkedPilotsQuery,
  PilotLink,
  PilotLinkBody,
} from '@praxis/contracts/pilots';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { sql } from 'drizzle-orm';
import { AppError } from '../../app-error.ts';
import { lessonIdVisibleTo } from '../lessons/lessons.visibility.ts';
import {
  agendaItemIdsOf,
  agendaItemVisibleTo,
  meetupIdVisibleTo,
} from '../meetups/meetups.visibility.ts';
import { threadIdVisibleTo } from '../threads/threads.visibility.ts';
import * as board from './board.repository.ts';
import * as links from './links.repository.ts';
import { editablePilotOrFail, toLink, toSummary } from './pilots.service.ts';

const targetGone = () => new AppError('not_found', msg('errors.pilots.linkTargetGone'));

export function createLinkService(db: Db) {
  return {
    /** Its team or an organiser links a pilot to something they may see themselves. */
    async link(actor: AccountMember, pilotId: string, input: PilotLinkBody): Promise<PilotLink> {
      await editablePilotOrFail(db, actor, pilotId);
      if (!(await links.mayLinkTo(db, actor, input))) throw targetGone();
      const id = await links.insertLink(db, { ...input, pilotId, createdById: actor.id });
      if (!id) throw new AppError('conflict', msg('errors.pilots.alreadyLinked'));
      const link = (await links.linksOf(db, actor, pilotId)).find((row) => row.id === id);
      const [shown] = link ? toLink(link) : [];
      if (!shown) throw targetGone();
      return shown;
    },

    async unlink(actor: AccountMember, pilotId: string, linkId: string) {
      await editablePilotOrFail(db, actor, pilotId);
      if (!(await links.deleteLink(db, pilotId, linkId))) {
        throw new AppError('not_found', msg('errors.pilots.linkGone'));
      }
    },

    /**
     * The pilots linked to a thread, lesson, agenda item or meetup: the target must be one the
     * viewer may see (a 404 otherwise, as its own page answers), and so must each pilot.
     */
    async linkedTo(viewer: AccountMember, query: LinkedPilotsQuery): Promise<LinkedPilots> {
      const id = (value: string) => sql`${value}::uuid`;
      let target: board.LinkTarget;
      let visible: ReturnType<typeof sql>;
      if (query.threadId) {
        target = { kind: 'thread', id: query.threadId };
        visible = threadIdVisibleTo(id(query.threadId), viewer);
      } else if (query.lessonId) {
        target = { kind: 'lesson', id: query.lessonId };
        visible = lessonIdVisibleTo(id(query.lessonId), viewer);
      } else if (query.agendaItemId) {
        target = { kind: 'agenda_item', ids: sql`select ${id(query.agendaItemId)}` };
        visible = agendaItemVisibleTo(id(query.agendaItemId), viewer);
      } else {
        const meetupId = id(query.meetupId ?? '');
        // Only the contributions the viewer sees on the meetup's page count.
        target = {
          kind: 'agenda_item',
          ids: sql`select x.id from (${agendaItemIdsOf(meetupId)}) x
                   where ${agendaItemVisibleTo(sql`x.id`, viewer)}`,
        };
        visible = meetupIdVisibleTo(meetupId, viewer);
      }
      if (!(await board.isTrue(db, visible))) throw targetGone();
      return { pilots: (await board.linkedTo(db, viewer, target)).map(toSummary) };
    },
  };
}
