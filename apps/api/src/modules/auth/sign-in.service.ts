import type { LoginBody } from '@praxis/contracts/auth';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { addressGroup } from '../../lib/address-group.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import { verifyPassword } from '../../plugins/passwords.ts';
import type { Throttle } from '../../plugins/throttle.ts';
import { hashToken } from '../../tokens.ts';
import * as repository from './auth.repository.ts';

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Only failed attempts count. `perAddress` and `perAccountAndAddress` refuse (429) for the rest
 * of the window; past `accountSlowdownAfter` failures at one account from anywhere, the account
 * checks one password per interval (see `slowdownMs`) and refuses the others in between.
 */
export const LOGIN_LIMITS = {
  perAddress: 30,
  perAccountAndAddress: 10,
  accountSlowdownAfter: 10,
  windowSeconds: FIFTEEN_MINUTES,
};

/** Ten seconds keeps a member who waits it out from giving up. */
export const MAX_SLOWDOWN_MS = 10_000;
export const LOGIN_UNLOCK_EMAIL = 'login_unlock_email';
export const LOGIN_UNLOCK_LIFETIME_MS = 60 * 60 * 1000;

/**
 * How long an account's checked attempt keeps the others out, given its failures in the window:
 * nothing up to the threshold, then 1 s, doubling with each further failure, up to 10 s.
 */
export function slowdownMs(accountFailures: number): number {
  const beyond = accountFailures - LOGIN_LIMITS.accountSlowdownAfter;
  if (beyond <= 0) return 0;
  return Math.min(1000 * 2 ** (beyond - 1), MAX_SLOWDOWN_MS);
}

export interface SignInDeps {
  db: Db;
  throttle: Throttle;
  kickJobs(): void;
}

const keys = (email: string, address: string) => ({
  address: `login:ip:${addressGroup(address)}`,
  pair: `login:account-address:${email}:${addressGroup(address)}`,
  account: `login:account:${email}`,
  slot: `login:account-slot:${email}`,
});

const UNLOCK_LINK_GONE = msg('errors.auth.unlockLinkGone');

const WRONG_CREDENTIALS = msg('errors.auth.wrongCredentials');

export function createSignInService(deps: SignInDeps) {
  const { db, throttle } = deps;
  const accountRule = (email: string) => ({
    key: keys(email, '').account,
    windowSeconds: LOGIN_LIMITS.windowSeconds,
  });

  /** After a successful sign-in, the account starts afresh from this address. */
  async function forgetFailures(email: string, address: string) {
    const key = keys(email, address);
    await Promise.all([
      throttle.reset(key.pair),
      throttle.reset(key.account),
      throttle.reset(key.slot),
    ]);
  }

  return {
    async login(input: LoginBody, address: string): Promise<AccountMember> {
      const email = input.email.toLowerCase();
      const key = keys(email, address);
      // Counted up front, so that many attempts at once cannot all slip under the limit; a
      // success gives its count back, so a room full of members signing in is never refused.
      await throttle.hit([
        {
          key: key.address,
          limit: LOGIN_LIMITS.perAddress,
          windowSeconds: LOGIN_LIMITS.windowSeconds,
          message: 'errors.auth.tooManySignInsFromNetwork',
        },
        {
          key: key.pair,
          limit: LOGIN_LIMITS.perAccountAndAddress,
          windowSeconds: LOGIN_LIMITS.windowSeconds,
          message: 'errors.auth.tooManySignInsForAccount',
        },
      ]);
      // One checked password per interval however many arrive at once: waiting inside each
      // request would let parallel attempts all wait side by side. Unknown addresses get the
      // same slots, so a refusal does not tell who has an account.
      const interval = slowdownMs(await throttle.peek(accountRule(email)));
      if (interval > 0) {
        const slot = await throttle.claimSlot(key.slot, interval);
        if (!slot.claimed) {
          // Nothing was checked, so the attempt does not count against the network.
          await Promise.all([throttle.refund(key.address), throttle.refund(key.pair)]);
          throw new AppError(
            'rate_limited',
            msg('errors.auth.accountSlowedDown', { seconds: slot.retryAfterSeconds }),
            { retryAfterSeconds: slot.retryAfterSeconds },
          );
        }
      }
      const member = await repository.findCredentialsByEmail(db, email);
      const matches = await verifyPassword(member?.passwordHash ?? null, input.password);
      if (!member || !matches) {
        const failures = await throttle.count(accountRule(email));
        if (member && !member.deactivatedAt && failures === LOGIN_LIMITS.accountSlowdownAfter + 1) {
          await enqueue(db, { kind: LOGIN_UNLOCK_EMAIL, payload: { memberId: member.id } });
          deps.kickJobs();
        }
        throw new AppError('unauthenticated', WRONG_CREDENTIALS);
      }
      if (member.deletedAt) {
        throw new AppError('forbidden', msg('dataRights.errors.accountDeleted'));
      }
      if (member.deactivatedAt) {
        throw new AppError('forbidden', msg('errors.auth.deactivated'));
      }
      await throttle.refund(key.address);
      await forgetFailures(email, address);
      return toAccount(member);
    },

    /**
     * Which account an open unlock link signs in to, without using it: the page names it, so a
     * member sent someone else's link sees whose account it is before pressing the button.
     */
    async previewUnlock(token: string): Promise<{ email: string }> {
      const memberId = await repository.findOpenLoginUnlock(db, hashToken(token));
      const found = memberId ? await repository.findCredentialsById(db, memberId) : null;
      if (!found || found.deactivatedAt) throw new AppError('invalid', UNLOCK_LINK_GONE);
      return { email: found.email };
    },

    /**
     * Uses an "unlock and sign in" link once: the account's slowdown ends and the caller signs
     * this browser in as its member.
     */
    async unlock(token: string, address: string): Promise<AccountMember> {
      const member = await db.transaction(async (tx) => {
        const memberId = await repository.consumeLoginUnlock(tx, hashToken(token));
        const found = memberId ? await repository.findCredentialsById(tx, memberId) : null;
        if (!found || found.deactivatedAt) {
          throw new AppError('invalid', UNLOCK_LINK_GONE);
        }
        await repository.retireLoginUnlocks(tx, found.id);
        return found;
      });
      await forgetFailures(member.email.toLowerCase(), address);
      return toAccount(member);
    },
  };
}

function toAccount(member: AccountMember): AccountMember {
  const { id, email, name, role, locale } = member;
  return { id, email, name, role, locale };
}
