import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AuditReason } from './audit.ts';
import { ContentLanguage, isLanguageCode } from './languages.ts';
import { CONTROL_CHARACTERS, PersonName, Role } from './members.ts';
import { GovernmentLevel, Position } from './positions.ts';

export const ContactVisibility = z.enum(['members', 'organisers', 'nobody']);
export type ContactVisibility = z.infer<typeof ContactVisibility>;

/** The fields that hold a line of plain text; their messages name them (an ICU `select`). */
export type LineField =
  | 'name'
  | 'venue'
  | 'title'
  | 'reason'
  | 'linkLabel'
  | 'headline'
  | 'organisation'
  | 'jobTitle'
  | 'city'
  | 'phone';

/** A line of plain text, such as a headline or an organisation. */
export const line = (field: LineField, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: msg('validation.profiles.lineTooLong', { field, max }) })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: msg('validation.profiles.lineControl', { field }),
    });

export const Handle = z
  .string({ error: msg('validation.profiles.handleRequired') })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$/, {
    error: msg('validation.profiles.handleInvalid'),
  });

/** Lower-case ASCII letters and digits joined by dashes: "Échange d’été" → "echange-d-ete". */
export function slugify(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** A suggested handle for a name: "Amra Hadžić" → "amra-hadzic". */
export function handleFromName(name: string): string {
  const slug = slugify(name, 30);
  return slug.length >= 3 ? slug : `member-${slug || 'x'}`.slice(0, 30);
}

/** Expertise and advice topics: short, lower-case labels. */
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { error: msg('validation.profiles.tagTooShort') })
  .max(40, { error: msg('validation.profiles.tagTooLong') })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '&/+.-]*$/u, {
    error: msg('validation.profiles.tagCharacters'),
  });

/** A list of tags; `tooMany` is the message (a `msg`) for more than 15. */
const tags = (tooMany: string) =>
  z
    .array(Tag)
    .max(15, { error: tooMany })
    .transform((list) => [...new Set(list)]);

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: msg('validation.profiles.countryCode') });

export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, { error: msg('validation.profiles.languageCode') })
  .refine(isLanguageCode, { error: msg('validation.profiles.languageUnknown') });

export const ProfileLink = z.object({
  label: line('linkLabel', 60).pipe(
    z.string().min(1, { error: msg('validation.profiles.linkLabelRequired') }),
  ),
  url: z
    .url({ protocol: /^https?$/, error: msg('validation.profiles.linkUrl') })
    .max(500, { error: msg('validation.profiles.linkUrlTooLong') }),
});
export type ProfileLink = z.infer<typeof ProfileLink>;

export const CohortBadge = z.object({
  id: z.uuid(),
  name: z.string(),
  programmeName: z.string(),
});
export type CohortBadge = z.infer<typeof CohortBadge>;

/** Where a member's picture is served, at 64 × 64 (`small`) and 256 × 256 (`large`) pixels. */
export const AvatarUrls = z.object({ small: z.string(), large: z.string() });
export type AvatarUrls = z.infer<typeof AvatarUrls>;

export const AvatarSize = z.enum(['small', 'large']);
export type AvatarSize = z.infer<typeof AvatarSize>;

/**
 * The URLs of a member's picture, or null when they have none. The version changes with every
 * upload, so a browser may cache what a URL serves for good.
 */
export function avatarUrls(memberId: string, version: string): AvatarUrls;
export function avatarUrls(memberId: string, version: string | null): AvatarUrls | null;
export function avatarUrls(memberId: string, version: string | null): AvatarUrls | null {
  if (version === null) return null;
  const base = `/api/avatars/${memberId}/${version}`;
  return { small: `${base}/small`, large: `${base}/large` };
}

/** A member as the directory lists them. */
export const MemberCard = z.object({
  id: z.uuid(),
  handle: z.string(),
  name: z.string(),
  role: Role,
  headline: z.string(),
  organisation: z.string(),
  /** Of the current post; 'outside_government' shows the alumni badge. */
  governmentLevel: GovernmentLevel.nullable(),
  policyArea: z.string(),
  country: z.string().nullable(),
  city: z.string(),
  expertise: z.array(z.string()),
  adviceTopics: z.array(z.string()),
  openToAdvise: z.boolean(),
  cohorts: z.array(CohortBadge),
  avatar: AvatarUrls.nullable(),
});
export type MemberCard = z.infer<typeof MemberCard>;

/** A profile as another member sees it: contact fields only where their visibility allows. */
export const MemberProfile = MemberCard.extend({
  jobTitle: z.string(),
  languages: z.array(z.string()),
  bioHtml: z.string(),
  bioLanguage: ContentLanguage,
  links: z.array(ProfileLink),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  /** The organisation history, newest first. */
  positions: z.array(Position),
});
export type MemberProfile = z.infer<typeof MemberProfile>;

/** One's own profile, with what is needed to edit it. */
export const OwnProfile = MemberProfile.extend({
  bioSource: z.string(),
  /** Whether other members see when you are online in chat. */
  showOnline: z.boolean(),
  emailVisibility: ContactVisibility,
  phoneVisibility: ContactVisibility,
});
export type OwnProfile = z.infer<typeof OwnProfile>;

export const ProfileUpdateBody = z
  .object({
    name: PersonName,
    handle: Handle,
    headline: line('headline', 140),
    organisation: line('organisation', 140),
    jobTitle: line('jobTitle', 140),
    country: CountryCode.nullable(),
    city: line('city', 100),
    languages: z
      .array(LanguageCode)
      .max(10, { error: msg('validation.profiles.languagesMax') })
      .transform((list) => [...new Set(list)]),
    bioSource: z.string().max(10_000, { error: msg('validation.profiles.bioTooLong') }),
    bioLanguage: ContentLanguage,
    expertise: tags(msg('validation.profiles.expertiseMax')),
    adviceTopics: tags(msg('validation.profiles.adviceTopicsMax')),
    openToAdvise: z.boolean(),
    showOnline: z.boolean({ error: msg('validation.profiles.showOnline') }),
    links: z.array(ProfileLink).max(8, { error: msg('validation.profiles.linksMax') }),
    phone: line('phone', 40),
    emailVisibility: ContactVisibility,
    phoneVisibility: ContactVisibility,
  })
  .partial();
export type ProfileUpdateBody = z.input<typeof ProfileUpdateBody>;

export const HandleParams = z.object({ handle: z.string().min(1).max(60) });

export const RoleChangeBody = z.object({ role: Role, reason: AuditReason });

/** The largest picture file a member may upload, checked by the SPA before it sends one. */
export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
export const AVATAR_TOO_LARGE = msg('validation.profiles.avatarTooLarge');
export const AVATAR_NOT_A_PICTURE = msg('validation.profiles.avatarNotAPicture');

/** The picture file itself, sent as the raw request body; the server checks what it contains. */
export const AvatarUpload = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array && value.length > 0, {
    error: AVATAR_NOT_A_PICTURE,
  })
  .meta({ type: 'string', format: 'binary' });

/** One size of a picture as the server serves it: WebP bytes. */
export const AvatarImage = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });

export const AvatarParams = z.object({
  memberId: z.uuid({ error: msg('validation.profiles.memberId') }),
  version: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, { error: msg('validation.profiles.avatarVersion') }),
  size: AvatarSize,
});

export const AvatarUploadResponse = z.object({ avatar: AvatarUrls });
export type AvatarUploadResponse = z.infer<typeof AvatarUploadResponse>;
