import type { AccountMember } from '@praxis/contracts/members';
import type {
  OrganisationHistory,
  Position,
  PositionBody,
  WorkedAt,
} from '@praxis/contracts/positions';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import * as repository from './positions.repository.ts';

/** Enough for a long career; a bound, so that a profile stays one page. */
export const MAX_POSITIONS = 40;

type ParsedPosition = Omit<Required<PositionBody>, 'to'> & { to: string | null };

const toValues = (input: ParsedPosition): repository.PositionValues => ({
  role: input.role,
  organisation: input.organisation,
  level: input.level,
  policyArea: input.policyArea,
  startMonth: `${input.from}-01`,
  endMonth: input.to === null ? null : `${input.to}-01`,
});

const month = (date: string) => date.slice(0, 7);

/** The member's posts, newest first; the first held one is the current post. */
export async function organisationHistory(db: Db, memberId: string): Promise<Position[]> {
  const rows = await repository.positionsOf(db, memberId);
  return rows.map((row, index) => ({
    id: row.id,
    role: row.role,
    organisation: row.organisation,
    level: row.level,
    policyArea: row.policyArea,
    from: month(row.startMonth),
    to: row.endMonth === null ? null : month(row.endMonth),
    current: index === 0 && row.endMonth === null,
  }));
}

/**
 * The text of a tsquery for the words of an organisation's name, all of them, each as a prefix
 * ("min fin" finds "Ministry of Finance"), for organisationTsquery; null when no word is left.
 * Words are runs of letters and digits, so no operator of the tsquery syntax can come in.
 */
export function organisationQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(' & ');
}

/** For the directory: a subquery of the members who held a post at such an organisation. */
export const membersWhoWorkedAt = repository.membersWhoWorkedAt;
export const organisationTsquery = repository.organisationTsquery;

/** For the directory: of these members, the latest past post matching the organisation. */
export async function pastPostsAt(
  db: Db,
  memberIds: string[],
  query: string,
): Promise<Map<string, WorkedAt>> {
  const rows = await repository.pastPostsMatching(db, memberIds, query);
  const found = new Map<string, WorkedAt>();
  for (const row of rows) {
    if (found.has(row.memberId) || row.endMonth === null) continue;
    found.set(row.memberId, {
      organisation: row.organisation,
      role: row.role,
      from: month(row.startMonth),
      to: month(row.endMonth),
    });
  }
  return found;
}

/**
 * Adding, changing and removing one's own posts. Each change copies the current post onto the
 * member's row (organisation, role as job title and headline, level, policy area) in the same
 * transaction: the directory, search and every profile card read that row, so they follow the
 * history with no join and no second source of truth to drift. The headline the member typed is
 * replaced by the current role when the history changes; they may edit it again afterwards.
 */
export function createPositionService(db: Db) {
  async function change(
    actor: AccountMember,
    write: (tx: Db) => Promise<boolean>,
  ): Promise<OrganisationHistory> {
    await db.transaction(async (tx) => {
      await repository.lockMember(tx, actor.id);
      if (!(await write(tx))) {
        throw new AppError('not_found', msg('errors.positions.notFound'));
      }
      const [current] = await repository.positionsOf(tx, actor.id);
      await repository.copyCurrentPost(
        tx,
        actor.id,
        current?.endMonth === null ? current : undefined,
      );
    });
    return { positions: await organisationHistory(db, actor.id) };
  }

  return {
    async list(actor: AccountMember): Promise<OrganisationHistory> {
      return { positions: await organisationHistory(db, actor.id) };
    },

    add(actor: AccountMember, input: ParsedPosition) {
      return change(actor, async (tx) => {
        if ((await repository.countPositions(tx, actor.id)) >= MAX_POSITIONS) {
          throw new AppError('invalid', msg('errors.positions.tooMany', { max: MAX_POSITIONS }));
        }
        await repository.insertPosition(tx, actor.id, toValues(input));
        return true;
      });
    },

    update(actor: AccountMember, id: string, input: ParsedPosition) {
      return change(actor, (tx) => repository.updatePosition(tx, actor.id, id, toValues(input)));
    },

    remove(actor: AccountMember, id: string) {
      return change(actor, (tx) => repository.deletePosition(tx, actor.id, id));
    },
  };
}
