import { createHash, timingSafeEqual } from 'node:crypto';
import type {
  PasswordChangeBody,
  PasswordResetConfirmBody,
  SetupBody,
} from '@praxis/contracts/auth';
import type { AccountMember } from '@praxis/contracts/members';
import { passwordWeakness } from '@praxis/contracts/passwords';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { addressGroup } from '../../lib/address-group.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import { hashPassword, verifyPassword } from '../../plugins/passwords.ts';
import type { Throttle } from '../../plugins/throttle.ts';
import { hashToken } from '../../tokens.ts';
import { freeHandle } from '../members/members.service.ts';
import * as repository from './auth.repository.ts';
import { retireOpenEmailChanges } from './email-change.repository.ts';

const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;
export const PASSWORD_RESET_LIFETIME_MS = ONE_HOUR * 1000;
export const PASSWORD_RESET_EMAIL = 'password_reset_email';
const PASSWORD_CHANGE_LIMIT = 10;

/** Housekeeping for the job runner: deletes expired sessions, reset links and rate windows. */
export const deleteExpiredAuthRows = repository.deleteExpired;

export interface AuthDeps {
  db: Db;
  throttle: Throttle;
  publicOrigin: string;
  /** What setup must be given besides the admin's details; null: nothing. */
  setupToken: string | null;
  endAllSessions(memberId: string): Promise<void>;
  /** Asks the job runner to look for due jobs now rather than at its next poll. */
  kickJobs(): void;
}

export function createAuthService(deps: AuthDeps) {
  const { db, throttle } = deps;

  return {
    /** The member's choice of language; null follows their browser again. */
    async chooseLocale(member: AccountMember, locale: Locale | null): Promise<AccountMember> {
      await repository.setMemberLocale(db, member.id, locale);
      return { ...member, locale };
    },

    async setupRequired(): Promise<boolean> {
      return (await repository.countMembers(db)) === 0;
    },

    /**
     * Creates the first admin; refused once anyone exists, so it cannot be replayed, and without
     * the setup token when one is required, so a fresh server is not taken by whoever finds it
     * first.
     */
    async setup(input: SetupBody): Promise<AccountMember> {
      if (deps.setupToken !== null && !sameSecret(input.setupToken ?? '', deps.setupToken)) {
        const message = input.setupToken
          ? msg('errors.auth.wrongSetupToken')
          : msg('errors.auth.setupTokenRequired');
        throw new AppError('forbidden', message, { fields: { setupToken: message } });
      }
      rejectWeakPassword(input.password, input, 'password');
      // Checked before hashing too, so a set-up Praxis spends no CPU on replays.
      if (!(await this.setupRequired())) {
        throw new AppError('conflict', msg('errors.auth.alreadySetUp'));
      }
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        await repository.lockSetup(tx);
        if ((await repository.countMembers(tx)) > 0) {
          throw new AppError('conflict', msg('errors.auth.alreadySetUp'));
        }
        const handle = await freeHandle(tx, input.name);
        return repository.insertMember(tx, { ...input, role: 'admin', passwordHash, handle });
      });
    },

    /** Changes the password and ends every session; the caller signs this browser in again. */
    async changePassword(actor: AccountMember, input: PasswordChangeBody): Promise<AccountMember> {
      await throttle.hit([
        {
          key: `password-change:${actor.id}`,
          limit: PASSWORD_CHANGE_LIMIT,
          windowSeconds: FIFTEEN_MINUTES,
          message: 'errors.auth.tooManyPasswordChanges',
        },
      ]);
      const member = await repository.findCredentialsById(db, actor.id);
      if (!member || !(await verifyPassword(member.passwordHash, input.currentPassword))) {
        throw new AppError('invalid', msg('errors.auth.wrongCurrentPassword'), {
          fields: { currentPassword: msg('errors.auth.wrongCurrentPasswordField') },
        });
      }
      rejectWeakPassword(input.newPassword, member, 'newPassword');
      const passwordHash = await hashPassword(input.newPassword);
      // Sessions end first: if the update then fails, the member signs in again with the old
      // password, rather than old sessions outliving a new one.
      await deps.endAllSessions(member.id);
      await db.transaction(async (tx) => {
        await repository.updatePasswordHash(tx, member.id, passwordHash);
        await repository.retireOpenPasswordResets(tx, member.id);
        // An unlock link left open would sign in without the new password; an address change
        // left open may have been asked by whoever knew the old one.
        await repository.retireLoginUnlocks(tx, member.id);
        await retireOpenEmailChanges(tx, member.id);
      });
      return toAccount(member);
    },

    /**
     * Always answers the same way and does the same work, so neither the answer nor its timing
     * tells who has an account: the e-mail, if any, is the job runner's.
     */
    async requestPasswordReset(email: string, ip: string): Promise<void> {
      await throttle.hit([
        {
          key: `reset:ip:${addressGroup(ip)}`,
          limit: 20,
          windowSeconds: ONE_HOUR,
          message: 'errors.auth.tooManyResetsFromNetwork',
        },
        {
          key: `reset:account:${email}`,
          limit: 5,
          windowSeconds: ONE_HOUR,
          message: 'errors.auth.tooManyResetsForAddress',
        },
      ]);
      // The same insert for every address: whether it has an account is found out by the job.
      await enqueue(db, { kind: PASSWORD_RESET_EMAIL, payload: { email } });
      deps.kickJobs();
    },

    async confirmPasswordReset(input: PasswordResetConfirmBody): Promise<void> {
      const memberId = await db.transaction(async (tx) => {
        const consumedBy = await repository.consumePasswordReset(tx, hashToken(input.token));
        const member = consumedBy ? await repository.findCredentialsById(tx, consumedBy) : null;
        if (!member || member.deactivatedAt) {
          throw new AppError('invalid', msg('errors.auth.resetLinkGone'));
        }
        rejectWeakPassword(input.password, member, 'password');
        await repository.updatePasswordHash(tx, member.id, await hashPassword(input.password));
        await repository.retireOpenPasswordResets(tx, member.id);
        // An unlock link left open would sign in without the new password; an address change
        // left open may have been asked by whoever knew the old one.
        await repository.retireLoginUnlocks(tx, member.id);
        await retireOpenEmailChanges(tx, member.id);
        return member.id;
      });
      await deps.endAllSessions(memberId);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;

/** Compares in constant time, so the token cannot be guessed a character at a time. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function toAccount(member: AccountMember): AccountMember {
  const { id, email, name, role, locale } = member;
  return { id, email, name, role, locale };
}

/** Throws a field error when the password is easy to guess for this account. */
export function rejectWeakPassword(
  password: string,
  account: { email: string; name: string },
  field: string,
) {
  const weakness = passwordWeakness(password, account);
  if (weakness) throw new AppError('invalid', weakness, { fields: { [field]: weakness } });
}

/**
 * Creates a member account inside the caller's transaction; for other modules (invitations)
 * that bring people in. Throws `conflict` when the e-mail already has an account.
 */
export async function registerMember(
  tx: Db,
  input: {
    email: string;
    name: string;
    role: AccountMember['role'];
    passwordHash: string;
    organisation?: string;
  },
): Promise<AccountMember> {
  if (await repository.memberExistsWithEmail(tx, input.email)) {
    throw new AppError('conflict', msg('errors.auth.emailHasAccount', { email: input.email }));
  }
  return repository.insertMember(tx, { ...input, handle: await freeHandle(tx, input.name) });
}

/** Whether an e-mail address already belongs to a member, for modules that invite people. */
export function isRegistered(db: Db, email: string): Promise<boolean> {
  return repository.memberExistsWithEmail(db, email);
}

/**
 * The account an e-mail address belongs to, deactivated or not, for single sign-on; null when
 * none.
 */
export async function findAccountByEmail(
  db: Db,
  email: string,
): Promise<(AccountMember & { deactivated: boolean }) | null> {
  const member = await repository.findCredentialsByEmail(db, email);
  return member ? { ...toAccount(member), deactivated: member.deactivatedAt !== null } : null;
}

/** Whether `password` is the member's, for what asks for it again (deleting the account). */
export async function passwordMatches(db: Db, memberId: string, password: string) {
  const member = await repository.findCredentialsById(db, memberId);
  return verifyPassword(member?.passwordHash ?? null, password);
}
