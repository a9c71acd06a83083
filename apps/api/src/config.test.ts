import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs embedded on PGlite, on loopback only, with the demo seed by default', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.seed).toBe('demo');
    expect(config.publicOrigin).toBe('http://localhost:3000');
    expect(config.allowedOrigins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
    expect(config.secureCookies).toBe(false);
  });

  it('listens on all interfaces with a DATABASE_URL, and uses secure cookies behind https', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://praxis@db:5432/praxis',
      PUBLIC_ORIGIN: 'https://praxis.example.org/',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://praxis@db:5432/praxis' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.publicOrigin).toBe('https://praxis.example.org');
    expect(config.allowedOrigins).toEqual(['https://praxis.example.org']);
    expect(config.secureCookies).toBe(true);
    expect(config.seed).toBe('none');
  });

  it('logs SQL statements only when LOG_SQL=on, and refuses anything but on or off', () => {
    expect(loadConfig({}).logStatements).toBe(false);
    expect(loadConfig({ LOG_SQL: 'on' }).logStatements).toBe(true);
    expect(() => loadConfig({ LOG_SQL: 'yes' })).toThrow(/LOG_SQL: must be on or off/);
  });

  it('seeds the demo network on PostgreSQL only when asked to', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/praxis', PRAXIS_SEED: 'demo' });
    expect(config.seed).toBe('demo');
  });

  it('stops with a message naming each wrong variable', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://db/praxis',
        PUBLIC_ORIGIN: 'https://praxis.example.org/app',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: must be a port number/);
    expect(attempt).toThrow(/DATABASE_URL: must start with postgres/);
    expect(attempt).toThrow(/PUBLIC_ORIGIN: must be an origin only/);
  });

  it('polls for due jobs every 30 seconds, or as told, and not at all in tests unless told', () => {
    expect(loadConfig({}).jobPollMs).toBe(30_000);
    expect(loadConfig({ JOB_POLL_SECONDS: '5' }).jobPollMs).toBe(5_000);
    expect(loadConfig({ NODE_ENV: 'test' }).jobPollMs).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', JOB_POLL_SECONDS: '1' }).jobPollMs).toBe(1_000);
    expect(() => loadConfig({ JOB_POLL_SECONDS: '0' })).toThrow(
      /JOB_POLL_SECONDS: must be between/,
    );
  });

  it('keeps a member who closed their last tab online for a few seconds, but not in tests', () => {
    expect(loadConfig({ NODE_ENV: 'production', MAIL_OUTBOX: 'on' }).presenceGraceMs).toBe(5_000);
    expect(loadConfig({}).presenceGraceMs).toBe(5_000);
    expect(loadConfig({ NODE_ENV: 'test' }).presenceGraceMs).toBe(0);
  });

  it('waits 300 ms for a page’s first answers unless told otherwise, and refuses a wait past 5 s', () => {
    expect(loadConfig({}).firstAnswersWaitMs).toBe(300);
    expect(loadConfig({ FIRST_ANSWERS_WAIT_MS: '0' }).firstAnswersWaitMs).toBe(0);
    expect(loadConfig({ FIRST_ANSWERS_WAIT_MS: '2000' }).firstAnswersWaitMs).toBe(2_000);
    expect(() => loadConfig({ FIRST_ANSWERS_WAIT_MS: '9000' })).toThrow(
      /FIRST_ANSWERS_WAIT_MS: must be between 0 and 5000 milliseconds/,
    );
  });

  it('runs background jobs unless RUN_JOBS=off, which also stops the polling', () => {
    expect(loadConfig({}).runJobs).toBe(true);
    const serving = loadConfig({ RUN_JOBS: 'off', JOB_POLL_SECONDS: '5' });
    expect(serving.runJobs).toBe(false);
    expect(serving.jobPollMs).toBeNull();
    expect(() => loadConfig({ RUN_JOBS: 'no' })).toThrow(/RUN_JOBS: must be on or off/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', SMTP_URL: '' }).database.kind).toBe('pglite');
  });

  it('believes only as many forwarding proxies as it is told, never the client-written left end', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.4',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY: use false/);
  });
});

describe('loadConfig: single sign-on', () => {
  it('is off unless an issuer is set', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('takes the issuer, the client and the button label', () => {
    const config = loadConfig({
      OIDC_ISSUER: 'https://id.agency.example',
      OIDC_CLIENT_ID: 'praxis',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_BUTTON_LABEL: 'Sign in with Agency ID',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://id.agency.example',
      clientId: 'praxis',
      clientSecret: 's3cret',
      buttonLabel: 'Sign in with Agency ID',
    });
  });

  it('leaves the button to the sign-in page, in its reader’s language, without OIDC_BUTTON_LABEL', () => {
    const config = loadConfig({
      OIDC_ISSUER: 'https://id.agency.example',
      OIDC_CLIENT_ID: 'praxis',
      OIDC_CLIENT_SECRET: 's3cret',
    });
    expect(config.oidc?.buttonLabel).toBeNull();
  });

  it('stops when the client is missing or the issuer is plain http off this machine', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.agency.example' })).toThrow(
      'OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: single sign-on (OIDC_ISSUER) needs the client id and secret your identity provider gave Praxis',
    );
    expect(() =>
      loadConfig({
        OIDC_ISSUER: 'http://id.agency.example',
        OIDC_CLIENT_ID: 'praxis',
        OIDC_CLIENT_SECRET: 's3cret',
      }),
    ).toThrow('OIDC_ISSUER: must be an https:// URL (plain http only for localhost)');
  });
});

describe('loadConfig in production', () => {
  it('refuses to keep e-mail in the outbox unless MAIL_OUTBOX=on says so', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'SMTP_URL: e-mail needs an SMTP server (smtp://…) in production; to keep e-mail in the in-app outbox that admins read instead, set MAIL_OUTBOX=on',
    );
    expect(loadConfig({ NODE_ENV: 'production', MAIL_OUTBOX: 'on' }).smtpUrl).toBeUndefined();
    expect(
      loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.agency.example' }).smtpUrl,
    ).toBe('smtp://mail.agency.example');
    expect(loadConfig({}).smtpUrl).toBeUndefined();
  });

  it('asks a new PostgreSQL deployment for a setup token, made at start unless one is given', () => {
    const postgres = { DATABASE_URL: 'postgres://praxis@db:5432/praxis' };
    const first = loadConfig(postgres).setupToken;
    expect(first).toMatch(/^[\w-]{24}$/);
    expect(loadConfig(postgres).setupToken).not.toBe(first);
    const given = 'a long agreed setup token';
    expect(loadConfig({ ...postgres, PRAXIS_SETUP_TOKEN: given }).setupToken).toBe(given);
    expect(loadConfig({}).setupToken).toBeNull();
    // An embedded server listening beyond loopback (in a container, say) is as reachable.
    expect(loadConfig({ HOST: '0.0.0.0' }).setupToken).toMatch(/^[\w-]{24}$/);
    expect(loadConfig({ HOST: 'localhost' }).setupToken).toBeNull();
  });
});

describe('loadConfig for e-mail participation', () => {
  it('batches instant mail over 10 minutes and sends summaries on Paris time unless told', () => {
    expect(loadConfig({}).mail).toEqual({
      batchDelaySeconds: 600,
      timeZone: 'Europe/Paris',
      inbound: null,
    });
    expect(
      loadConfig({ MAIL_BATCH_DELAY_SECONDS: '60', MAIL_TIME_ZONE: 'Europe/Sarajevo' }).mail,
    ).toMatchObject({ batchDelaySeconds: 60, timeZone: 'Europe/Sarajevo' });
    expect(() => loadConfig({ MAIL_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      'MAIL_TIME_ZONE: must be an IANA time zone, like Europe/Paris',
    );
  });

  it('listens for replies only with both the domain and the port, on the server address unless told', () => {
    expect(
      loadConfig({ INBOUND_EMAIL_DOMAIN: 'Reply.Praxis.example', INBOUND_SMTP_PORT: '2525' }).mail
        .inbound,
    ).toEqual({ domain: 'reply.praxis.example', port: 2525, host: '127.0.0.1', authservId: null });
    expect(
      loadConfig({
        INBOUND_EMAIL_DOMAIN: 'reply.praxis.example',
        INBOUND_SMTP_PORT: '25',
        INBOUND_SMTP_HOST: '0.0.0.0',
      }).mail.inbound?.host,
    ).toBe('0.0.0.0');
    expect(() => loadConfig({ INBOUND_EMAIL_DOMAIN: 'reply.praxis.example' })).toThrow(
      'INBOUND_EMAIL_DOMAIN, INBOUND_SMTP_PORT: reply by e-mail needs both',
    );
    expect(() =>
      loadConfig({ INBOUND_EMAIL_DOMAIN: 'not a domain', INBOUND_SMTP_PORT: '25' }),
    ).toThrow('INBOUND_EMAIL_DOMAIN: must be a mail domain');
  });

  it('trusts the Authentication-Results of the mail server INBOUND_AUTHSERV_ID names', () => {
    const inbound = { INBOUND_EMAIL_DOMAIN: 'reply.praxis.example', INBOUND_SMTP_PORT: '2525' };
    expect(
      loadConfig({ ...inbound, INBOUND_AUTHSERV_ID: ' MX.Praxis.example ' }).mail.inbound
        ?.authservId,
    ).toBe('mx.praxis.example');
    expect(() => loadConfig({ ...inbound, INBOUND_AUTHSERV_ID: 'mx; spf=pass' })).toThrow(
      'INBOUND_AUTHSERV_ID: must be a mail server’s name, like mx.praxis.example.org',
    );
  });

  it('refuses reply by e-mail in production unless the mail server vouching for senders is named, or none is on purpose', () => {
    const inbound = {
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://mail.agency.example',
      INBOUND_EMAIL_DOMAIN: 'reply.praxis.example',
      INBOUND_SMTP_PORT: '2525',
    };
    expect(() => loadConfig(inbound)).toThrow(
      'INBOUND_AUTHSERV_ID: reply by e-mail in production needs the name your mail server writes',
    );
    expect(
      loadConfig({ ...inbound, INBOUND_AUTHSERV_ID: 'MX.Praxis.example' }).mail.inbound?.authservId,
    ).toBe('mx.praxis.example');
    expect(
      loadConfig({ ...inbound, INBOUND_AUTHSERV_ID: 'none' }).mail.inbound?.authservId,
    ).toBeNull();
  });

  it('takes an e-mail address for accessibility feedback, or none', () => {
    expect(loadConfig({}).accessibilityContact).toBeNull();
    expect(
      loadConfig({ ACCESSIBILITY_CONTACT: 'access@agency.example' }).accessibilityContact,
    ).toBe('access@agency.example');
    expect(() => loadConfig({ ACCESSIBILITY_CONTACT: 'the organisers' })).toThrow(
      'ACCESSIBILITY_CONTACT: must be the e-mail address that takes accessibility feedback',
    );
  });
});
