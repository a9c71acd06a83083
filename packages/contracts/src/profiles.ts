import { z } from 'zod';
import { isLanguageCode } from './languages.ts';
import { CONTROL_CHARACTERS, PersonName, Role } from './members.ts';

export const ContactVisibility = z.enum(['members', 'organisers', 'nobody']);
export type ContactVisibility = z.infer<typeof ContactVisibility>;

/** A line of plain text, such as a headline or an organisation. */
export const line = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} has at most ${max} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: `${what} cannot contain control characters.`,
    });

export const Handle = z
  .string({ error: 'Choose a handle.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$/, {
    error:
      'A handle has 3 to 30 lowercase letters, digits or dashes, and starts and ends with a letter or digit.',
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
  .min(2, { error: 'A tag has at least 2 characters.' })
  .max(40, { error: 'A tag has at most 40 characters.' })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '&/+.-]*$/u, {
    error: 'A tag uses letters, digits, spaces and - & / + . only.',
  });

const tags = (what: string) =>
  z
    .array(Tag)
    .max(15, { error: `List at most 15 ${what}.` })
    .transform((list) => [...new Set(list)]);

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code, like FR or BA.' });

export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, { error: 'Use two-letter language codes, like en, fr or bs.' })
  .refine(isLanguageCode, { error: 'Choose languages from the list.' });

export const ProfileLink = z.object({
  label: line('A link label', 60).pipe(z.string().min(1, { error: 'Give the link a label.' })),
  url: z
    .url({ protocol: /^https?$/, error: 'Use a full web address starting with https://.' })
    .max(500, { error: 'A web address has at most 500 characters.' }),
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
  links: z.array(ProfileLink),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
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
    headline: line('A headline', 140),
    organisation: line('An organisation', 140),
    jobTitle: line('A role', 140),
    country: CountryCode.nullable(),
    city: line('A city', 100),
    languages: z
      .array(LanguageCode)
      .max(10, { error: 'List at most 10 languages.' })
      .transform((list) => [...new Set(list)]),
    bioSource: z.string().max(10_000, { error: 'A bio has at most 10,000 characters.' }),
    expertise: tags('areas of expertise'),
    adviceTopics: tags('advice topics'),
    openToAdvise: z.boolean(),
    showOnline: z.boolean({ error: 'showOnline is true or false.' }),
    links: z.array(ProfileLink).max(8, { error: 'List at most 8 links.' }),
    phone: line('A phone number', 40),
    emailVisibility: ContactVisibility,
    phoneVisibility: ContactVisibility,
  })
  .partial();
export type ProfileUpdateBody = z.input<typeof ProfileUpdateBody>;

export const HandleParams = z.object({ handle: z.string().min(1).max(60) });

export const RoleChangeBody = z.object({ role: Role });

/** The largest picture file a member may upload, checked by the SPA before it sends one. */
export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
export const AVATAR_TOO_LARGE = 'A picture can be at most 5 MB.';
export const AVATAR_NOT_A_PICTURE = 'Upload a JPEG, PNG or WebP picture.';

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
  memberId: z.uuid({ error: 'Not a member id.' }),
  version: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { error: 'Not a picture version.' }),
  size: AvatarSize,
});

export const AvatarUploadResponse = z.object({ avatar: AvatarUrls });
export type AvatarUploadResponse = z.infer<typeof AvatarUploadResponse>;
