// The API's catalogs, one import per namespace and language, so that a bundle holds them all.
// A new namespace is a folder under messages/server with one file per locale, listed here.

import accountMail_bs from '../messages/server/accountMail/bs.json' with { type: 'json' };
import accountMail_en from '../messages/server/accountMail/en.json' with { type: 'json' };
import accountMail_fr from '../messages/server/accountMail/fr.json' with { type: 'json' };
import accountMail_hr from '../messages/server/accountMail/hr.json' with { type: 'json' };
import accountMail_sr_Latn from '../messages/server/accountMail/sr-Latn.json' with { type: 'json' };
import calendar_bs from '../messages/server/calendar/bs.json' with { type: 'json' };
import calendar_en from '../messages/server/calendar/en.json' with { type: 'json' };
import calendar_fr from '../messages/server/calendar/fr.json' with { type: 'json' };
import calendar_hr from '../messages/server/calendar/hr.json' with { type: 'json' };
import calendar_sr_Latn from '../messages/server/calendar/sr-Latn.json' with { type: 'json' };
import chat_bs from '../messages/server/chat/bs.json' with { type: 'json' };
import chat_en from '../messages/server/chat/en.json' with { type: 'json' };
import chat_fr from '../messages/server/chat/fr.json' with { type: 'json' };
import chat_hr from '../messages/server/chat/hr.json' with { type: 'json' };
import chat_sr_Latn from '../messages/server/chat/sr-Latn.json' with { type: 'json' };
import dataRights_bs from '../messages/server/dataRights/bs.json' with { type: 'json' };
import dataRights_en from '../messages/server/dataRights/en.json' with { type: 'json' };
import dataRights_fr from '../messages/server/dataRights/fr.json' with { type: 'json' };
import dataRights_hr from '../messages/server/dataRights/hr.json' with { type: 'json' };
import dataRights_sr_Latn from '../messages/server/dataRights/sr-Latn.json' with { type: 'json' };
import errors_bs from '../messages/server/errors/bs.json' with { type: 'json' };
import errors_en from '../messages/server/errors/en.json' with { type: 'json' };
import errors_fr from '../messages/server/errors/fr.json' with { type: 'json' };
import errors_hr from '../messages/server/errors/hr.json' with { type: 'json' };
import errors_sr_Latn from '../messages/server/errors/sr-Latn.json' with { type: 'json' };
import exports_bs from '../messages/server/exports/bs.json' with { type: 'json' };
import exports_en from '../messages/server/exports/en.json' with { type: 'json' };
import exports_fr from '../messages/server/exports/fr.json' with { type: 'json' };
import exports_hr from '../messages/server/exports/hr.json' with { type: 'json' };
import exports_sr_Latn from '../messages/server/exports/sr-Latn.json' with { type: 'json' };
import mail_bs from '../messages/server/mail/bs.json' with { type: 'json' };
import mail_en from '../messages/server/mail/en.json' with { type: 'json' };
import mail_fr from '../messages/server/mail/fr.json' with { type: 'json' };
import mail_hr from '../messages/server/mail/hr.json' with { type: 'json' };
import mail_sr_Latn from '../messages/server/mail/sr-Latn.json' with { type: 'json' };
import showcase_bs from '../messages/server/showcase/bs.json' with { type: 'json' };
import showcase_en from '../messages/server/showcase/en.json' with { type: 'json' };
import showcase_fr from '../messages/server/showcase/fr.json' with { type: 'json' };
import showcase_hr from '../messages/server/showcase/hr.json' with { type: 'json' };
import showcase_sr_Latn from '../messages/server/showcase/sr-Latn.json' with { type: 'json' };
import validation_bs from '../messages/server/validation/bs.json' with { type: 'json' };
import validation_en from '../messages/server/validation/en.json' with { type: 'json' };
import validation_fr from '../messages/server/validation/fr.json' with { type: 'json' };
import validation_hr from '../messages/server/validation/hr.json' with { type: 'json' };
import validation_sr_Latn from '../messages/server/validation/sr-Latn.json' with { type: 'json' };
import type { Locale } from './locales.ts';

export const serverCatalogs: Record<Locale, Record<string, string>> = {
  en: {
    ...errors_en,
    ...validation_en,
    ...mail_en,
    ...accountMail_en,
    ...calendar_en,
    ...chat_en,
    ...exports_en,
    ...dataRights_en,
    ...showcase_en,
  },
  fr: {
    ...errors_fr,
    ...validation_fr,
    ...mail_fr,
    ...accountMail_fr,
    ...calendar_fr,
    ...chat_fr,
    ...exports_fr,
    ...dataRights_fr,
    ...showcase_fr,
  },
  bs: {
    ...errors_bs,
    ...validation_bs,
    ...mail_bs,
    ...accountMail_bs,
    ...calendar_bs,
    ...chat_bs,
    ...exports_bs,
    ...dataRights_bs,
    ...showcase_bs,
  },
  hr: {
    ...errors_hr,
    ...validation_hr,
    ...mail_hr,
    ...accountMail_hr,
    ...calendar_hr,
    ...chat_hr,
    ...exports_hr,
    ...dataRights_hr,
    ...showcase_hr,
  },
  'sr-Latn': {
    ...errors_sr_Latn,
    ...validation_sr_Latn,
    ...mail_sr_Latn,
    ...accountMail_sr_Latn,
    ...calendar_sr_Latn,
    ...chat_sr_Latn,
    ...exports_sr_Latn,
    ...dataRights_sr_Latn,
    ...showcase_sr_Latn,
  },
};

/** The keys of the English catalogs: what `translate` accepts. */
export type ServerMessageId =
  | keyof typeof errors_en
  | keyof typeof validation_en
  | keyof typeof mail_en
  | keyof typeof accountMail_en
  | keyof typeof calendar_en
  | keyof typeof chat_en
  | keyof typeof exports_en
  | keyof typeof dataRights_en
  | keyof typeof showcase_en;
