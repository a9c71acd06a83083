import type { Author } from '@praxis/contracts/common';
import type { AccountMember, Role } from '@praxis/contracts/members';
import type { Position } from '@praxis/contracts/positions';
import {
  avatarUrls,
  type ContactVisibility,
  handleFromName,
  type MemberCard,
  type MemberProfile,
  type OwnProfile,
  type ProfileUpdateBody,
} from '@praxis/contracts/profiles';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { isOrganiser, requireOrganiser } from '../../plugins/auth.ts';
import { publish } from '../../realtime/bus.ts';
import { onlineAmong } from '../../realtime/presence.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { cohortBadges } from '../cohorts/cohorts.service.ts';
import { roleChanged } from './members.events.ts';
import * as repository from './members.repository.ts';
import { organisationHistory } from './positions.service.ts';

/**
 * A deactivated member is for organisers and admins only; to others they do not exist. A deleted
 * one exists for nobody.
 */
export function canSeeMember(
  viewer: AccountMember,
  member: { deactivatedAt: Date | null; deletedAt?: Date | null },
): boolean {
  if (member.deletedAt) return false;
  return member.deactivatedAt === null || isOrganiser(viewer);
}

/** Whether `viewer` may see a contact field of `ownerId` set to `visibility`. */
export function canSeeContact(
  viewer: AccountMember,
  ownerId: string,
  visibility: ContactVisibility,
): boolean {
  if (viewer.id === ownerId) return true;
  if (visibility === 'members') return true;
  return visibility === 'organisers' && isOrganiser(viewer);
}

/**
 * A free handle for a new member: the name's slug, or the slug with the first free number
 * after it ("amra-hadzic-2"). Two sign-ups racing for one slug meet the unique index.
 */
export async function freeHandle(db: Db, name: string): Promise<string> {
  const base = handleFromName(name).slice(0, 26);
  const taken = new Set(await repository.handlesLike(db, base));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
  }
}

/** Of some member ids, those whose accounts are active. */
export const activeMemberIds = repository.activeMemberIds;

export type AuthorWithProfile = Author & {
  headline: string;
  organisation: string;
  expertise: string[];
  adviceTopics: string[];
};

/** Who wrote things, by id, as posts and notifications show them. */
export async function authorsById(db: Db, memberIds: string[]) {
  const rows = await repository.authorRows(db, memberIds);
  return new Map(
    rows.map((row): [string, AuthorWithProfile] => [
      row.id,
      row.deletedAt
        ? formerMember(row.id)
        : {
            id: row.id,
            handle: row.handle,
            name: row.name,
            role: row.role,
            avatar: avatarUrls(row.id, row.avatarVersion),
            headline: row.headline,
            organisation: row.organisation,
            expertise: row.expertise,
            adviceTopics: row.adviceTopics,
          },
    ]),
  );
}

/**
 * A deleted account as its kept posts show it: no name, handle or picture, nothing to link to;
 * the SPA says "former member".
 */
function formerMember(id: string): AuthorWithProfile {
  return {
    id,
    handle: '',
    name: '',
    role: 'member',
    avatar: null,
    former: true,
    headline: '',
    organisation: '',
    expertise: [],
    adviceTopics: [],
  };
}

/** Strips a member down to what a post shows of its author. */
export function toAuthor(member: AuthorWithProfile): Author {
  return {
    id: member.id,
    handle: member.handle,
    name: member.name,
    role: member.role,
    avatar: member.avatar,
    ...(member.former ? { former: true } : {}),
  };
}

export function createMemberService(db: Db) {
  async function ownProfile(memberId: string): Promise<OwnProfile> {
    const row = await repository.findProfileById(db, memberId);
    if (!row) throw new AppError('not_found', msg('errors.members.ownProfileGone'));
    const badges = await cohortBadges(db, [row.id]);
    return {
      ...toProfile(
        row,
        await organisationHistory(db, row.id),
        badges.get(row.id) ?? [],
        () => true,
      ),
      bioSource: row.bioSource,
      showOnline: row.showOnline,
      emailVisibility: row.emailVisibility,
      phoneVisibility: row.phoneVisibility,
    };
  }

  async function findVisible(viewer: AccountMember, handle: string) {
    const row = await repository.findProfileByHandle(db, handle);
    if (!row || !canSeeMember(viewer, row)) {
      throw new AppError('not_found', msg('errors.members.noSuchHandle', { handle }));
    }
    return row;
  }

  return {
    ownProfile,

    async profile(viewer: AccountMember, handle: string): Promise<MemberProfile> {
      const row = await findVisible(viewer, handle);
      const badges = await cohortBadges(db, [row.id]);
      const positions = await organisationHistory(db, row.id);
      return toProfile(row, positions, badges.get(row.id) ?? [], (visibility) =>
        canSeeContact(viewer, row.id, visibility),
      );
    },

    async updateOwnProfile(actor: AccountMember, input: ProfileUpdateBody): Promise<OwnProfile> {
      const { bioSource, ...rest } = input as Required<ProfileUpdateBody>;
      const values = {
        ...rest,
        ...(bioSource === undefined ? {} : { bioSource, bioHtml: cookMarkdown(bioSource) }),
      };
      if (values.handle) {
        const holder = await repository.findProfileByHandle(db, values.handle);
        if (holder && holder.id !== actor.id) {
          throw new AppError(
            'conflict',
            msg('errors.members.handleTaken', { handle: values.handle }),
            {
              fields: { handle: msg('errors.members.handleTakenField') },
            },
          );
        }
      }
      await db.transaction(async (tx) => {
        const shownBefore = await repository.lockShowOnline(tx, actor.id);
        await repository.updateProfile(tx, actor.id, values);
        // Others hear only of a real change; the form sends the setting with every save.
        if (values.showOnline === undefined || values.showOnline === shownBefore) return;
        const online = values.showOnline && (await onlineAmong(tx, [actor.id])).has(actor.id);
        await publish(tx, { name: 'presence.changed', payload: { memberId: actor.id, online } });
      });
      return ownProfile(actor.id);
    },

    /** Organisers and admins deactivate members; only an admin deactivates an organiser or admin. */
    async setActive(
      actor: AccountMember,
      handle: string,
      active: boolean,
      reason?: string,
    ): Promise<MemberProfile> {
      requireOrganiser(actor, msg('errors.members.onlyOrganisersDeactivate'));
      const row = await findVisible(actor, handle);
      if (row.id === actor.id) {
        throw new AppError('forbidden', msg('errors.members.notYourself'));
      }
      if (row.role !== 'member' && actor.role !== 'admin') {
        throw new AppError('forbidden', msg('errors.members.onlyAdminsDeactivateStaff'));
      }
      await db.transaction(async (tx) => {
        await repository.setDeactivated(tx, row.id, !active);
        if (active === (row.deactivatedAt !== null)) {
          await recordAudit(tx, actor, {
            action: active ? 'member.reactivated' : 'member.deactivated',
            target: { type: 'member', id: row.id, label: row.name },
            reason,
          });
        }
      });
      return this.profile(actor, handle);
    },

    async setRole(
      actor: AccountMember,
      handle: string,
      role: Role,
      reason?: string,
    ): Promise<MemberProfile> {
      if (actor.role !== 'admin') {
        throw new AppError('forbidden', msg('errors.members.onlyAdminsChangeRoles'));
      }
      const row = await findVisible(actor, handle);
      if (row.id === actor.id) {
        throw new AppError('forbidden', msg('errors.members.notYourOwnRole'));
      }
      await db.transaction(async (tx) => {
        await repository.setRole(tx, row.id, role);
        await roleChanged(tx, row.id, role);
        if (row.role !== role) {
          await recordAudit(tx, actor, {
            action: 'member.role_changed',
            target: { type: 'member', id: row.id, label: row.name },
            reason,
            details: { from: row.role, to: role },
          });
        }
      });
      return this.profile(actor, handle);
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;

/** A directory card for a member row, with the version of their picture if they have one. */
export function toCard(
  row: Omit<MemberCard, 'cohorts' | 'avatar'> & { avatarVersion: string | null },
  cohorts: MemberCard['cohorts'],
): MemberCard {
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    role: row.role,
    headline: row.headline,
    organisation: row.organisation,
    governmentLevel: row.governmentLevel,
    policyArea: row.policyArea,
    country: row.country,
    city: row.city,
    expertise: row.expertise,
    adviceTopics: row.adviceTopics,
    openToAdvise: row.openToAdvise,
    cohorts,
    avatar: avatarUrls(row.id, row.avatarVersion),
  };
}

function toProfile(
  row: repository.ProfileRow,
  positions: Position[],
  cohorts: MemberCard['cohorts'],
  maySee: (visibility: ContactVisibility) => boolean,
): MemberProfile {
  // Spread last: see bench/README.md, "Object spread". A card has none of these fields.
  return {
    jobTitle: row.jobTitle,
    languages: row.languages,
    bioHtml: row.bioHtml,
    bioLanguage: row.bioLanguage,
    links: row.links,
    email: maySee(row.emailVisibility) ? row.email : null,
    phone: row.phone && maySee(row.phoneVisibility) ? row.phone : null,
    active: row.deactivatedAt === null,
    positions,
    ...toCard(row, cohorts),
  };
}
