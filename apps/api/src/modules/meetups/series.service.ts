import type {
  SeriesDetail,
  SeriesInput,
  SeriesList,
  SeriesSummary,
  SuggestedSlots,
} from '@praxis/contracts/meetups';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { DateTime } from 'luxon';
import { AppError, conflictAsField } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { existingCohortIds } from '../cohorts/cohorts.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import * as repository from './meetups.repository.ts';
import { manages, toSummary } from './meetups.service.ts';
import * as seriesRepository from './series.repository.ts';
import { nextDueOn, suggestSlots } from './zoned-time.ts';

/** How far ahead an organiser is told a series is due. */
const DUE_SOON_MONTHS = 2;

type SeriesRow = typeof import('@praxis/db/schema/meetups').meetupSeries.$inferSelect;

export function createSeriesService(db: Db) {
  async function summaries(viewer: AccountMember, rows: SeriesRow[]): Promise<SeriesSummary[]> {
    const ids = rows.map((row) => row.id);
    const [cohorts, lastStarts, soonest, organisers] = await Promise.all([
      seriesRepository.seriesCohorts(db, ids),
      repository.lastMeetupStarts(db, ids),
      repository.soonestUpcoming(db, viewer, ids),
      seriesRepository.organisersOf(db, ids),
    ]);
    const now = new Date();
    const horizon = DateTime.fromJSDate(now).plus({ months: DUE_SOON_MONTHS }).toISODate() ?? '';
    return rows.map((row) => {
      const upcoming = soonest.get(row.id);
      const dueOn = nextDueOn(
        lastStarts.get(row.id) ?? null,
        row.cadenceMonths,
        row.defaultTimezone,
        now,
      );
      return {
        id: row.id,
        name: row.name,
        cadenceMonths: row.cadenceMonths,
        cohorts: cohorts
          .filter((cohort) => cohort.seriesId === row.id)
          .map(({ id, name }) => ({ id, name })),
        nextDueOn: dueOn,
        dueSoon: !upcoming && dueOn <= horizon,
        upcoming: upcoming ? toSummary(upcoming) : null,
        canManage: manages(viewer, organisers.get(row.id) ?? []),
      };
    });
  }

  async function findOrFail(viewer: AccountMember, id: string) {
    const row = await seriesRepository.findSeries(db, viewer, id);
    if (!row) throw new AppError('not_found', msg('errors.meetups.seriesNotVisible'));
    return row;
  }

  async function detail(viewer: AccountMember, id: string): Promise<SeriesDetail> {
    const row = await findOrFail(viewer, id);
    const [[summary], organiserIds, past] = await Promise.all([
      summaries(viewer, [row]),
      seriesRepository.seriesOrganiserIds(db, id),
      repository.findPage(db, viewer, 'past', null, 50, id),
    ]);
    if (!summary) throw new AppError('not_found', msg('errors.meetups.seriesGone'));
    const organisers = await authorsById(db, organiserIds);
    return {
      ...summary,
      descriptionSource: row.descriptionSource,
      descriptionHtml: row.descriptionHtml,
      defaultDurationMinutes: row.defaultDurationMinutes,
      defaultTimezone: row.defaultTimezone,
      defaultVenue: row.defaultVenue,
      defaultOnlineUrl: row.defaultOnlineUrl,
      organisers: [...organisers.values()].map(toAuthor),
      past: past.slice(0, 50).map(toSummary),
    };
  }

  return {
    detail,

    async list(viewer: AccountMember): Promise<SeriesList> {
      return { series: await summaries(viewer, await seriesRepository.listSeries(db, viewer)) };
    },

    async create(actor: AccountMember, input: SeriesInput): Promise<SeriesDetail> {
      requireOrganiser(actor, msg('errors.meetups.onlyOrganisersCreateSeries'));
      const cohortIds = [...new Set(input.cohortIds)];
      if ((await existingCohortIds(db, cohortIds)).length !== cohortIds.length) {
        throw new AppError('invalid', msg('errors.meetups.unknownCohort'), {
          fields: { cohortIds: msg('errors.meetups.unknownCohortField') },
        });
      }
      const organiserIds = [...new Set(input.organiserIds)];
      if (
        (await seriesRepository.activeMemberIds(db, organiserIds)).length !== organiserIds.length
      ) {
        throw new AppError('invalid', msg('errors.meetups.inactiveOrganiser'), {
          fields: { organiserIds: msg('errors.meetups.inactiveOrganiserField') },
        });
      }
      const id = await conflictAsField(
        () =>
          db.transaction(async (tx) => {
            const id = await seriesRepository.insertSeries(
              tx,
              {
                name: input.name,
                descriptionSource: input.description,
                descriptionHtml: cookMarkdown(input.description),
                cadenceMonths: input.cadenceMonths,
                defaultDurationMinutes: input.defaultDurationMinutes,
                defaultTimezone: input.defaultTimezone,
                defaultVenue: input.defaultVenue,
                defaultOnlineUrl: input.defaultOnlineUrl,
                createdById: actor.id,
              },
              cohortIds,
              organiserIds,
            );
            await recordAudit(tx, actor, {
              action: 'series.created',
              target: { type: 'series', id, label: input.name },
              details: { cohortIds, organiserIds },
            });
            return id;
          }),
        msg('errors.meetups.seriesNameTaken', { name: input.name }),
      );
      return detail(actor, id);
    },

    /** Three candidate slots in the window the series is due, for the poll form to start from. */
    async suggestedSlots(viewer: AccountMember, id: string): Promise<SuggestedSlots> {
      const row = await findOrFail(viewer, id);
      const lastStarts = await repository.lastMeetupStarts(db, [id]);
      const now = new Date();
      const dueOn = nextDueOn(
        lastStarts.get(id) ?? null,
        row.cadenceMonths,
        row.defaultTimezone,
        now,
      );
      return { slots: suggestSlots(dueOn, row.defaultTimezone, row.defaultDurationMinutes, now) };
    },
  };
}
