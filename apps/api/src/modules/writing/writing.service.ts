import type { AccountMember } from '@praxis/contracts/members';
import { avatarUrls } from '@praxis/contracts/profiles';
import {
  MAX_MENTION_SUGGESTIONS,
  type MentionQuery,
  type MentionSuggestions,
} from '@praxis/contracts/writing';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { roomIdVisibleTo } from '../chat/chat.visibility.ts';
import { cohortNameOf, isCohortMember } from '../cohorts/cohorts.visibility.ts';
import { meetupIdVisibleTo } from '../meetups/meetups.visibility.ts';
import { resolveMentions } from '../members/mentions.service.ts';
import { threadIdVisibleTo } from '../threads/threads.visibility.ts';
import * as repository from './writing.repository.ts';

// The composers' helpers: who may be mentioned where, and Markdown shown as it will be stored.

/** A candidate, as SQL for the `members` row being considered (spelled out: see threads.visibility). */
const candidate = { id: sql.raw('"members"."id"'), role: sql.raw('"members"."role"') };

interface Place {
  /** Whether the writer can see the place; when not, it is answered as not found. */
  writerSees: SQL;
  /** Whether the candidate member can read what is written there. */
  candidateReads: SQL;
  gone: AppError | null;
}

/**
 * The place written in, each rule asked of the module that owns it: a thread's readers, a room's
 * members, who sees a meetup (its notes), a cohort's members and the organisers (a new thread for
 * that cohort), or everyone (a new thread for the network).
 */
function placeOf(writer: AccountMember, query: MentionQuery): Place {
  const id = (value: string) => sql`${value}::uuid`;
  if (query.thread) {
    return {
      writerSees: threadIdVisibleTo(id(query.thread), writer),
      candidateReads: threadIdVisibleTo(id(query.thread), candidate),
      gone: new AppError('not_found', msg('errors.threads.threadGone')),
    };
  }
  if (query.room) {
    return {
      writerSees: roomIdVisibleTo(id(query.room), writer.id),
      candidateReads: roomIdVisibleTo(id(query.room), candidate.id),
      gone: new AppError('not_found', msg('errors.chat.notInRoom')),
    };
  }
  if (query.meetup) {
    return {
      writerSees: meetupIdVisibleTo(id(query.meetup), writer),
      candidateReads: meetupIdVisibleTo(id(query.meetup), candidate),
      gone: new AppError('not_found', msg('errors.meetups.meetupGone')),
    };
  }
  if (query.cohort) {
    const cohortId = id(query.cohort);
    return {
      writerSees: isOrganiser(writer)
        ? sql`${cohortNameOf(cohortId)} is not null`
        : isCohortMember(cohortId, sql`${writer.id}::uuid`),
      candidateReads: sql`(${candidate.role} in ('organiser', 'admin') or ${isCohortMember(cohortId, candidate.id)})`,
      gone: new AppError('not_found', msg('errors.cohorts.cohortGone')),
    };
  }
  return { writerSees: sql`true`, candidateReads: sql`true`, gone: null };
}

export function createWritingService(db: Db) {
  return {
    /** Up to 8 members the writer may mention where they write: only those who can read it. */
    async mentionSuggestions(
      writer: AccountMember,
      query: MentionQuery,
    ): Promise<MentionSuggestions> {
      const place = placeOf(writer, query);
      if (place.gone && !(await repository.holds(db, place.writerSees))) throw place.gone;
      const rows = await repository.membersToMention(db, {
        typed: query.q.replace(/^@/, ''),
        writerId: writer.id,
        canRead: place.candidateReads,
        limit: MAX_MENTION_SUGGESTIONS,
      });
      return {
        members: rows.map((row) => ({
          handle: row.handle,
          name: row.name,
          avatar: avatarUrls(row.id, row.avatarVersion),
        })),
      };
    },

    /** The HTML a text would be stored as: the same cooking, mentions linked the same way. */
    async preview(text: string): Promise<{ html: string }> {
      const mentions = await resolveMentions(db, [text]);
      return { html: cookMarkdown(text, mentions) };
    },
  };
}
