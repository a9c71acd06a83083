import { DEFAULT_ACCENT_COLOUR, DEFAULT_NETWORK_NAME } from '@praxis/contracts/settings';
import type { Db } from '@praxis/db/client';
import { networkSettings } from '@praxis/db/schema/settings';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';

/** How stale another instance's change may be here, should its announcement be lost. */
const REFRESH_MS = 30_000;

/**
 * The public address admins saved, if any. The server reads it once, at start, where
 * PUBLIC_ORIGIN says none: the origin check, cookies and every link change with it together.
 */
export async function storedPublicUrl(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ publicUrl: networkSettings.publicUrl })
    .from(networkSettings)
    .limit(1);
  return row?.publicUrl ?? null;
}

/** The network as every page and e-mail shows it: the environment's values over the admins'. */
export interface EffectiveNetwork {
  name: string;
  /** An origin, without a trailing slash: where links in e-mails lead. */
  publicUrl: string;
  accentColour: string;
  logoVersion: string | null;
  /** Whether admins leave the public showcase open to visitors. */
  showcaseEnabled: boolean;
  /** Where the showcase's "Join the network?" leads (an e-mail address or an https URL), if set. */
  showcaseContact: string | null;
}

export interface Network {
  /** The settings in effect, from memory: read again at most every 30 s, and on `reload`. */
  current(): EffectiveNetwork;
  /** Reads the settings again: after a change here, or announced by another instance. */
  reload(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    network: Network;
  }
}

/**
 * The network's name, address, colour and logo for the platform and every module, kept in
 * memory: the shell and every e-mail ask for them, so they are not read from the database each
 * time. The settings module writes them and calls `reload`.
 */
export default fp(
  async function network(app: FastifyInstance, { config }: { config: Config }) {
    const fromEnvironment = config.network;
    let cached: EffectiveNetwork = {
      name: fromEnvironment.name ?? DEFAULT_NETWORK_NAME,
      publicUrl: config.publicOrigin,
      accentColour: DEFAULT_ACCENT_COLOUR,
      logoVersion: null,
      showcaseEnabled: true,
      showcaseContact: null,
    };
    let loadedAt = 0;

    async function load() {
      loadedAt = Date.now();
      const [row] = await app.db
        .select({
          name: networkSettings.name,
          publicUrl: networkSettings.publicUrl,
          accentColour: networkSettings.accentColour,
          logoVersion: networkSettings.logoVersion,
          showcaseEnabled: networkSettings.showcaseEnabled,
          showcaseContact: networkSettings.showcaseContact,
        })
        .from(networkSettings)
        .limit(1);
      cached = {
        name: fromEnvironment.name ?? row?.name ?? DEFAULT_NETWORK_NAME,
        publicUrl: fromEnvironment.publicOriginSet
          ? config.publicOrigin
          : (row?.publicUrl ?? config.publicOrigin),
        accentColour: row?.accentColour ?? DEFAULT_ACCENT_COLOUR,
        logoVersion: row?.logoVersion ?? null,
        showcaseEnabled: row?.showcaseEnabled ?? true,
        showcaseContact: row?.showcaseContact ?? null,
      };
    }

    app.decorate('network', {
      current() {
        if (Date.now() - loadedAt > REFRESH_MS) {
          load().catch((error: unknown) =>
            app.log.warn({ err: error }, 'network settings not read'),
          );
        }
        return cached;
      },
      reload: load,
    });
    app.addHook('onReady', load);
  },
  { name: 'network', dependencies: ['db'] },
);
