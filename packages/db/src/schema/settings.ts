import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The network's own settings, one row, set by admins through the settings module; the platform
 * reads it (apps/api/src/plugins/network.ts, locale.ts) to name the network, colour its pages
 * and speak to visitors. A null column means "Praxis's own default"; where the server's
 * environment sets a value, the environment wins over the column.
 */
export const networkSettings = pgTable(
  'network_settings',
  {
    id: smallint().primaryKey().default(1),
    defaultLocale: text().notNull().default('en'),
    /** The network's name in the header, the page titles and e-mails. */
    name: text(),
    /** Where members open Praxis, for links in e-mails, when PUBLIC_ORIGIN does not say. */
    publicUrl: text(),
    /** `#rrggbb`, checked for contrast with white text and the page's background. */
    accentColour: text(),
    /** At most 256 × 256 pixels, WebP, re-encoded by the server. */
    logo: bytea(),
    /** Changes with every upload; part of the logo's URL so caches may keep it for good. */
    logoVersion: text(),
    /** Chat messages (rooms and direct) older than this many months are deleted; null: kept. */
    chatRetentionMonths: smallint(),
    /** Notifications read and older than this many months are deleted; null: kept. */
    notificationRetentionMonths: smallint(),
    /** Whether the public showcase of lessons and pilots is open to visitors at all. */
    showcaseEnabled: boolean().notNull().default(true),
    /**
     * Where the showcase's "Join the network?" leads visitors: the organisers' address (an
     * e-mail address or an https URL). Null: the showcase offers no way to get in touch.
     */
    showcaseContact: text(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  () => [check('network_settings_one_row', sql`id = 1`)],
);
