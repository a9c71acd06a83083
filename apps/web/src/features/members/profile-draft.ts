import type {
  ContactVisibility,
  OwnProfile,
  ProfileLink,
  ProfileUpdateBody,
} from '@praxis/contracts/profiles';
import type { Locale } from '@praxis/i18n/locales';

/** A link row being edited; `key` keeps React's rows steady while rows come and go. */
export interface LinkDraft extends ProfileLink {
  key: number;
}

/** The profile form as the person is filling it in, before the server has checked it. */
export interface ProfileDraft {
  name: string;
  handle: string;
  headline: string;
  organisation: string;
  jobTitle: string;
  country: string;
  city: string;
  /** Two-letter codes, as the profile stores them. */
  languages: string[];
  bioSource: string;
  bioLanguage: Locale;
  expertise: string[];
  adviceTopics: string[];
  openToAdvise: boolean;
  showOnline: boolean;
  links: LinkDraft[];
  phone: string;
  emailVisibility: ContactVisibility;
  phoneVisibility: ContactVisibility;
}

let nextLinkKey = 1;
export const newLinkKey = () => nextLinkKey++;

/** `writerLanguage`: the language a bio not written yet starts in. */
export function toDraft(profile: OwnProfile, writerLanguage: Locale): ProfileDraft {
  return {
    name: profile.name,
    handle: profile.handle,
    headline: profile.headline,
    organisation: profile.organisation,
    jobTitle: profile.jobTitle,
    country: profile.country ?? '',
    city: profile.city,
    languages: profile.languages,
    bioSource: profile.bioSource,
    bioLanguage: profile.bioSource ? profile.bioLanguage : writerLanguage,
    expertise: profile.expertise,
    adviceTopics: profile.adviceTopics,
    openToAdvise: profile.openToAdvise,
    showOnline: profile.showOnline,
    links: profile.links.map((link) => ({ ...link, key: newLinkKey() })),
    phone: profile.phone ?? '',
    emailVisibility: profile.emailVisibility,
    phoneVisibility: profile.phoneVisibility,
  };
}

export function toBody(draft: ProfileDraft): ProfileUpdateBody {
  return {
    ...draft,
    country: draft.country || null,
    links: draft.links.map(({ label, url }) => ({ label, url })),
  };
}
