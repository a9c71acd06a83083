import type { Locale } from '@praxis/i18n/locales';
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { contentLanguage } from './content-language.ts';
import { governmentLevel } from './government-level.ts';

export const memberRole = pgEnum('member_role', ['member', 'organiser', 'admin']);

/** Who may see a contact field of a profile besides its owner. */
export const contactVisibility = pgEnum('contact_visibility', ['members', 'organisers', 'nobody']);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export interface ProfileLink {
  label: string;
  url: string;
}

export const members = pgTable(
  'members',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lower-cased; the unique index on lower(email) guards against a caller that forgets.
    email: text().notNull(),
    name: text().notNull(),
    role: memberRole().notNull().default('member'),
    passwordHash: text().notNull(),
    handle: text().notNull(),
    headline: text().notNull().default(''),
    organisation: text().notNull().default(''),
    jobTitle: text().notNull().default(''),
    /**
     * The level of government and policy area of the member's current post, copied from their
     * organisation history (member_positions) like organisation and jobTitle: the directory
     * filters and counts them on this row, with no join per member. 'outside_government' is the
     * alumni mark. Null when the member has recorded no current post.
     */
    governmentLevel: governmentLevel(),
    policyArea: text().notNull().default(''),
    /** ISO 3166-1 alpha-2, upper case, or null when not given. */
    country: text(),
    city: text().notNull().default(''),
    /** ISO 639-1 codes, lower case. */
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    bioSource: text().notNull().default(''),
    /** `bioSource` rendered to sanitised HTML when written. */
    bioHtml: text().notNull().default(''),
    bioLanguage: contentLanguage(),
    expertise: text().array().notNull().default(sql`'{}'::text[]`),
    adviceTopics: text().array().notNull().default(sql`'{}'::text[]`),
    openToAdvise: boolean().notNull().default(false),
    /**
     * The interface language the member chose (a locale of @praxis/i18n), or null to follow the
     * browser; e-mails go out in it, or in the network's default when it is null.
     */
    locale: text().$type<Locale>(),
    /** Whether other members see when this one is online in chat. */
    showOnline: boolean().notNull().default(true),
    links: jsonb().$type<ProfileLink[]>().notNull().default([]),
    phone: text().notNull().default(''),
    emailVisibility: contactVisibility().notNull().default('members'),
    phoneVisibility: contactVisibility().notNull().default('organisers'),
    // The directory's search document: who they are weighs most, then where they work, then the
    // bio. Names and tags are read with the simple configuration (no stemming, accents folded:
    // "Delic" finds "Delić"), the rest in the bio's language. tags_to_text (an immutable
    // array_to_string), the configurations and praxis_search_config are created by migrations.
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('praxis_simple', coalesce(name, '') || ' ' || tags_to_text(expertise) || ' ' || tags_to_text(advice_topics)), 'A') || setweight(to_tsvector(praxis_search_config(bio_language), coalesce(headline, '') || ' ' || coalesce(organisation, '') || ' ' || coalesce(job_title, '')), 'B') || setweight(to_tsvector(praxis_search_config(bio_language), coalesce(bio_source, '')), 'C')`,
      ),
    deactivatedAt: timestamp({ withTimezone: true, precision: 3 }),
    /**
     * When the member (or an admin) deleted the account: it is deactivated at once, shown as a
     * former member, and its personal data erased when the grace period ends.
     */
    deletedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('members_email_key').on(sql`lower(${table.email})`),
    uniqueIndex('members_handle_key').on(sql`lower(${table.handle})`),
    index('members_search_idx').using('gin', table.search),
    index('members_expertise_idx').using('gin', table.expertise),
    index('members_name_idx').on(sql`lower(${table.name})`, table.id),
    index('members_government_level_idx').on(table.governmentLevel),
    index('members_policy_area_idx').on(table.policyArea),
  ],
);

/**
 * A member's organisation history: one row per post held. `endMonth` null means they hold it
 * still; the current post (open, latest start) is copied onto the member's row, which is what
 * the directory, profile cards and search read (see the members module).
 */
export const memberPositions = pgTable(
  'member_positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text().notNull(),
    organisation: text().notNull(),
    level: governmentLevel().notNull(),
    policyArea: text().notNull().default(''),
    /** The first day of the month the post began. */
    startMonth: date({ mode: 'string' }).notNull(),
    /** The first day of the month it ended; null while it is held. */
    endMonth: date({ mode: 'string' }),
    // "Worked at": organisation names read with the simple configuration (accents folded, no
    // stemming), so that the directory finds past employers through an index.
    organisationSearch: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('praxis_simple', coalesce(organisation, ''))`),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('member_positions_member_idx').on(table.memberId, table.startMonth),
    index('member_positions_organisation_idx').using('gin', table.organisationSearch),
  ],
);
