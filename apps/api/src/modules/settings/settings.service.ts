import type { AccountMember } from '@praxis/contracts/members';
import {
  accentContrast,
  DEFAULT_ACCENT_COLOUR,
  DEFAULT_NETWORK_NAME,
  type LogoUpload,
  logoUrl,
  MIN_CONTRAST,
  type NetworkIdentity,
  type NetworkSettings,
  type SettingsFixedBy,
  shownRatio,
  type TestMailResult,
  type UpdateNetworkSettings,
} from '@praxis/contracts/settings';
import type { Db } from '@praxis/db/client';
import { isLocale, type Locale, sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { translator } from '@praxis/i18n/translate';
import type { z } from 'zod';
import { AppError } from '../../app-error.ts';
import type { Config } from '../../config.ts';
import type { Locales } from '../../plugins/locale.ts';
import type { Mailer } from '../../plugins/mailer.ts';
import type { Network } from '../../plugins/network.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { newLogoVersion, renderLogo } from './logo.service.ts';
import { settingsChanged } from './settings.events.ts';
import * as repository from './settings.repository.ts';

export interface SettingsDeps {
  db: Db;
  network: Network;
  locales: Locales;
  mailer: Mailer;
  config: Pick<Config, 'network' | 'publicOrigin'>;
}

type Change = z.output<typeof UpdateNetworkSettings>;

export function createSettingsService({ db, network, locales, mailer, config }: SettingsDeps) {
  const fixedBy: SettingsFixedBy = {
    name: config.network.name === null ? null : 'NETWORK_NAME',
    publicUrl: config.network.publicOriginSet ? 'PUBLIC_ORIGIN' : null,
    defaultLocale: config.network.defaultLocale === null ? null : 'DEFAULT_LOCALE',
  };

  function present(row: repository.SettingsRow | null): NetworkSettings {
    const storedLocale = row?.defaultLocale;
    return {
      name: config.network.name ?? row?.name ?? DEFAULT_NETWORK_NAME,
      publicUrl: config.network.publicOriginSet
        ? config.publicOrigin
        : (row?.publicUrl ?? config.publicOrigin),
      accentColour: row?.accentColour ?? DEFAULT_ACCENT_COLOUR,
      defaultLocale:
        config.network.defaultLocale ?? (isLocale(storedLocale) ? storedLocale : sourceLocale),
      logoUrl: logoUrl(row?.logoVersion ?? null),
      retention: {
        chatMonths: row?.chatRetentionMonths ?? null,
        readNotificationMonths: row?.notificationRetentionMonths ?? null,
      },
      showcase: {
        enabled: row?.showcaseEnabled ?? true,
        contact: row?.showcaseContact ?? null,
      },
      fixedBy,
      mailTransport: mailer.transport,
    };
  }

  /** Refuses a value for a setting the environment fixes, naming the variable to change instead. */
  function refuseFixed(input: Change) {
    for (const key of ['name', 'publicUrl', 'defaultLocale'] as const) {
      const variable = fixedBy[key];
      if (variable && input[key] !== undefined) {
        const message = msg('errors.settings.fixedByEnvironment', { variable });
        throw new AppError('invalid', message, { fields: { [key]: message } });
      }
    }
  }

  function checkContrast(accent: string | undefined) {
    if (accent === undefined) return;
    const ratio = accentContrast(accent);
    if (ratio >= MIN_CONTRAST) return;
    const message = msg('errors.settings.accentContrast', {
      ratio: shownRatio(ratio),
      minimum: MIN_CONTRAST,
    });
    throw new AppError('invalid', message, { fields: { accentColour: message } });
  }

  /** Saves `change` and its audit entry together; every instance reads the settings again. */
  async function save(
    actor: AccountMember,
    describe: (before: repository.SettingsRow | null) => {
      change: repository.SettingsChange;
      details: Record<string, { from: unknown; to: unknown }>;
    },
  ) {
    await db.transaction(async (tx) => {
      const before = await repository.readSettings(tx, { lock: true });
      const { change, details } = describe(before);
      if (Object.keys(details).length === 0) return;
      await repository.saveSettings(tx, change);
      await recordAudit(
        tx,
        { id: actor.id, name: actor.name },
        {
          action: 'settings.changed',
          target: { type: 'settings', label: before?.name ?? DEFAULT_NETWORK_NAME },
          details: { changed: details },
        },
      );
      await settingsChanged(tx);
    });
    await Promise.all([network.reload(), locales.reload()]);
  }

  return {
    async read(): Promise<NetworkSettings> {
      return present(await repository.readSettings(db));
    },

    async update(actor: AccountMember, input: Change): Promise<NetworkSettings> {
      refuseFixed(input);
      checkContrast(input.accentColour);
      await save(actor, (before) => {
        const wanted: repository.SettingsChange = {
          name: input.name,
          publicUrl: input.publicUrl,
          accentColour: input.accentColour,
          defaultLocale: input.defaultLocale,
          chatRetentionMonths: input.retention?.chatMonths,
          notificationRetentionMonths: input.retention?.readNotificationMonths,
          showcaseEnabled: input.showcase?.enabled,
          showcaseContact: input.showcase?.contact,
        };
        const change: repository.SettingsChange = {};
        const details: Record<string, { from: unknown; to: unknown }> = {};
        for (const [key, value] of Object.entries(wanted) as [keyof typeof wanted, unknown][]) {
          if (value === undefined) continue;
          const old = before
            ? (before[key as keyof repository.SettingsRow] ?? null)
            : key === 'defaultLocale'
              ? sourceLocale
              : key === 'showcaseEnabled'
                ? true
                : null;
          if (old === value) continue;
          Object.assign(change, { [key]: value });
          details[key] = { from: old, to: value };
        }
        return { change, details };
      });
      return this.read();
    },

    async uploadLogo(actor: AccountMember, picture: z.output<typeof LogoUpload>) {
      const logo = await renderLogo(picture);
      const version = newLogoVersion();
      await save(actor, (before) => ({
        change: { logo, logoVersion: version },
        details: { logo: { from: before?.logoVersion ?? null, to: version } },
      }));
      return this.read();
    },

    async removeLogo(actor: AccountMember) {
      await save(actor, (before) => {
        const details: Record<string, { from: unknown; to: unknown }> = {};
        if (before?.logoVersion) details.logo = { from: before.logoVersion, to: null };
        return { change: { logo: null, logoVersion: null }, details };
      });
      return this.read();
    },

    /** The current logo; an old version's address is gone, so caches may keep each for good. */
    async logo(version: string): Promise<Buffer> {
      const logo = await repository.readLogo(db, version);
      if (!logo) throw new AppError('not_found', msg('errors.settings.logoGone'));
      return logo;
    },

    /**
     * Sends a mail to the admin at once, through the transport every mail takes, and says what
     * the server answered: whether the settings reach people is what the admin wants to know.
     */
    async sendTestMail(actor: AccountMember, locale: Locale): Promise<TestMailResult> {
      const { name, publicUrl } = network.current();
      const t = translator(locale);
      const text = t('mail.settings.testBody', { network: name, address: publicUrl });
      const report = await mailer.sendAndReport({
        to: actor.email,
        subject: t('mail.settings.testSubject', { network: name }),
        text,
      });
      return { transport: mailer.transport, to: actor.email, ...report };
    },

    /** What every page shows of the network, from memory. */
    identity(): NetworkIdentity {
      const { name, accentColour, logoVersion } = network.current();
      return { name, accentColour, logoUrl: logoUrl(logoVersion) };
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
