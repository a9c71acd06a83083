import { locales } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

/** What the network is called and coloured by when no admin and no environment chose. */
export const DEFAULT_NETWORK_NAME = 'Praxis';
export const DEFAULT_ACCENT_COLOUR = '#1d4e89';
/** The page's background (`--paper`), which links in the accent colour sit on. */
export const PAGE_BACKGROUND = '#f7f6f2';
/** WCAG 2.x AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** The WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The lower of the accent's contrast with white text on it (buttons) and with the page behind
 * it (links): both must reach `MIN_CONTRAST`.
 */
export function accentContrast(accent: string): number {
  return Math.min(contrastRatio(accent, '#ffffff'), contrastRatio(accent, PAGE_BACKGROUND));
}

/** Down to two decimals, never up: 4.496 is not shown as 4.5 while it is refused. */
export const shownRatio = (ratio: number) => Math.floor(ratio * 100) / 100;

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const LOGO_TOO_LARGE = msg('validation.settings.logoTooLarge');
export const LOGO_NOT_A_PICTURE = msg('validation.settings.logoNotAPicture');

/** Where the server's environment fixes a setting, the variable that does: the page shows it. */
export const SettingsFixedBy = z.object({
  name: z.literal('NETWORK_NAME').nullable(),
  publicUrl: z.literal('PUBLIC_ORIGIN').nullable(),
  defaultLocale: z.literal('DEFAULT_LOCALE').nullable(),
});
export type SettingsFixedBy = z.infer<typeof SettingsFixedBy>;

export const NetworkName = z
  .string()
  .trim()
  .min(1, { error: msg('validation.settings.nameRequired') })
  .max(60, { error: msg('validation.settings.nameTooLong') });

export const AccentColour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, { error: msg('validation.settings.accentFormat') });

export const PublicUrl = z
  .string()
  .trim()
  .max(200, { error: msg('validation.settings.publicUrl') })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== 'null';
      } catch {
        return false;
      }
    },
    { error: msg('validation.settings.publicUrl') },
  )
  .transform((value) => new URL(value).origin);

/** A number of months, or null to keep everything. */
const RetentionMonths = z
  .number({ error: msg('validation.settings.retentionMonths') })
  .int({ error: msg('validation.settings.retentionMonths') })
  .min(1, { error: msg('validation.settings.retentionMonths') })
  .max(240, { error: msg('validation.settings.retentionMonths') })
  .nullable();

export const Retention = z.object({
  /** Chat messages, in rooms and direct conversations alike, older than this are deleted. */
  chatMonths: RetentionMonths,
  /** Notifications already read and older than this are deleted. */
  readNotificationMonths: RetentionMonths,
});
export type Retention = z.infer<typeof Retention>;

/**
 * Where the public showcase's "Join the network?" leads: an e-mail address or an https address
 * of the organisers.
 */
export const ShowcaseContact = z
  .string()
  .trim()
  .max(200, { error: msg('validation.settings.showcaseContact') })
  .refine(
    (value) => {
      if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) return true;
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: msg('validation.settings.showcaseContact') },
  );

/** The public showcase: open to visitors or not, and whom they may write to. */
export const ShowcaseSettings = z.object({
  enabled: z.boolean(),
  /** Null: the showcase offers visitors no way to get in touch. */
  contact: z.string().nullable(),
});
export type ShowcaseSettings = z.infer<typeof ShowcaseSettings>;

/** What an admin sets for the whole network, as it is in effect. */
export const NetworkSettings = z.object({
  name: z.string(),
  /** Where members open Praxis; links in e-mails lead there. */
  publicUrl: z.string(),
  accentColour: z.string(),
  /** The language for whoever chose none and whose browser asks for none Praxis speaks. */
  defaultLocale: z.enum(locales),
  /** Null: no logo, the name's initial in a tile instead. */
  logoUrl: z.string().nullable(),
  retention: Retention,
  showcase: ShowcaseSettings,
  fixedBy: SettingsFixedBy,
  /** Where mail goes: an SMTP server, or the in-app outbox admins read (development). */
  mailTransport: z.enum(['smtp', 'outbox']),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;

/** A change of some settings; what is left out stays as it is. */
export const UpdateNetworkSettings = z.object({
  name: NetworkName.optional(),
  publicUrl: PublicUrl.nullable().optional(),
  accentColour: AccentColour.optional(),
  defaultLocale: z.enum(locales).optional(),
  retention: Retention.partial().optional(),
  showcase: z
    .object({
      enabled: z.boolean({ error: msg('validation.settings.showcaseEnabled') }).optional(),
      contact: ShowcaseContact.nullable().optional(),
    })
    .optional(),
});
export type UpdateNetworkSettings = z.input<typeof UpdateNetworkSettings>;

/** What every visitor's pages show of the network, signed in or not. */
export const NetworkIdentity = z.object({
  name: z.string(),
  accentColour: z.string(),
  logoUrl: z.string().nullable(),
});
export type NetworkIdentity = z.infer<typeof NetworkIdentity>;

export const logoUrl = (version: string | null) =>
  version ? `/api/network/logo/${version}` : null;

export const LogoUpload = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array && value.length > 0, {
    error: LOGO_NOT_A_PICTURE,
  })
  .meta({ type: 'string', format: 'binary' });

export const LogoImage = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });

export const LogoParams = z.object({
  version: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: msg('validation.settings.logo') }),
});

/** How many rows the retention limits would delete now, before they are saved. */
export const RetentionPreviewQuery = z.object({
  chatMonths: z.coerce
    .number({ error: msg('validation.settings.retentionMonths') })
    .int({ error: msg('validation.settings.retentionMonths') })
    .min(1, { error: msg('validation.settings.retentionMonths') })
    .max(240, { error: msg('validation.settings.retentionMonths') })
    .optional(),
  readNotificationMonths: z.coerce
    .number({ error: msg('validation.settings.retentionMonths') })
    .int({ error: msg('validation.settings.retentionMonths') })
    .min(1, { error: msg('validation.settings.retentionMonths') })
    .max(240, { error: msg('validation.settings.retentionMonths') })
    .optional(),
});

export const RetentionPreview = z.object({
  /** Null where no limit was asked about. */
  chatMessages: z.number().int().nullable(),
  readNotifications: z.number().int().nullable(),
});
export type RetentionPreview = z.infer<typeof RetentionPreview>;

/** What the SMTP server said to a test mail, or that it went to the outbox. */
export const TestMailResult = z.object({
  transport: z.enum(['smtp', 'outbox']),
  to: z.string(),
  accepted: z.boolean(),
  /** The server's last reply (`250 2.0.0 Ok: queued as …`) or the error, as it said it. */
  response: z.string(),
});
export type TestMailResult = z.infer<typeof TestMailResult>;
