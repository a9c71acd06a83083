// The keys of the English web catalogs: what `t` and `<T>` accept, so a typo fails typecheck.
// A new namespace is a folder under packages/i18n/messages/web with one file per locale, listed here.

import type accessibility from '@praxis/i18n/messages/web/accessibility/en.json';
import type anonymity from '@praxis/i18n/messages/web/anonymity/en.json';
import type audit from '@praxis/i18n/messages/web/audit/en.json';
import type auth from '@praxis/i18n/messages/web/auth/en.json';
import type careers from '@praxis/i18n/messages/web/careers/en.json';
import type chat from '@praxis/i18n/messages/web/chat/en.json';
import type cohorts from '@praxis/i18n/messages/web/cohorts/en.json';
import type common from '@praxis/i18n/messages/web/common/en.json';
import type content from '@praxis/i18n/messages/web/content/en.json';
import type dataRights from '@praxis/i18n/messages/web/dataRights/en.json';
import type directory from '@praxis/i18n/messages/web/directory/en.json';
import type email from '@praxis/i18n/messages/web/email/en.json';
import type home from '@praxis/i18n/messages/web/home/en.json';
import type invitations from '@praxis/i18n/messages/web/invitations/en.json';
import type lessons from '@praxis/i18n/messages/web/lessons/en.json';
import type meetups from '@praxis/i18n/messages/web/meetups/en.json';
import type members from '@praxis/i18n/messages/web/members/en.json';
import type notifications from '@praxis/i18n/messages/web/notifications/en.json';
import type outbox from '@praxis/i18n/messages/web/outbox/en.json';
import type outcomes from '@praxis/i18n/messages/web/outcomes/en.json';
import type pilots from '@praxis/i18n/messages/web/pilots/en.json';
import type search from '@praxis/i18n/messages/web/search/en.json';
import type settings from '@praxis/i18n/messages/web/settings/en.json';
import type showcase from '@praxis/i18n/messages/web/showcase/en.json';
import type threads from '@praxis/i18n/messages/web/threads/en.json';
import type writing from '@praxis/i18n/messages/web/writing/en.json';

export type MessageId =
  | keyof typeof common
  | keyof typeof content
  | keyof typeof dataRights
  | keyof typeof audit
  | keyof typeof auth
  | keyof typeof chat
  | keyof typeof cohorts
  | keyof typeof directory
  | keyof typeof email
  | keyof typeof home
  | keyof typeof invitations
  | keyof typeof lessons
  | keyof typeof meetups
  | keyof typeof members
  | keyof typeof notifications
  | keyof typeof outbox
  | keyof typeof outcomes
  | keyof typeof pilots
  | keyof typeof search
  | keyof typeof settings
  | keyof typeof showcase
  | keyof typeof threads
  | keyof typeof writing
  | keyof typeof accessibility
  | keyof typeof careers
  | keyof typeof anonymity;
