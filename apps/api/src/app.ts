import type { Database } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import { tagStatementsWithRequests } from './lib/statement-log.ts';
import { accessibilityRoutes } from './modules/accessibility/accessibility.routes.ts';
import { adviceJobs } from './modules/advice/advice.jobs.ts';
import { adviceMemberData } from './modules/advice/advice.member-data.ts';
import { adviceRoutes } from './modules/advice/advice.routes.ts';
import { adviceRequestRoutes } from './modules/advice/requests.routes.ts';
import { attachmentJobs } from './modules/attachments/attachments.jobs.ts';
import { attachmentsMemberData } from './modules/attachments/attachments.member-data.ts';
import { attachmentRoutes } from './modules/attachments/attachments.routes.ts';
import { auditMemberData } from './modules/audit/audit.member-data.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authJobs } from './modules/auth/auth.jobs.ts';
import { authMemberData } from './modules/auth/auth.member-data.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { emailChangeRoutes } from './modules/auth/email-change.routes.ts';
import { avatarsMemberData } from './modules/avatars/avatars.member-data.ts';
import { avatarRoutes } from './modules/avatars/avatars.routes.ts';
import { calendarMemberData } from './modules/calendar/calendar.member-data.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { chatMemberData } from './modules/chat/chat.member-data.ts';
import { chatRoutes } from './modules/chat/chat.routes.ts';
import { cohortsMemberData } from './modules/cohorts/cohorts.member-data.ts';
import { cohortRoutes } from './modules/cohorts/cohorts.routes.ts';
import { trackRoutes } from './modules/cohorts/tracks.routes.ts';
import { dataRightsJobs } from './modules/data-rights/data-rights.jobs.ts';
import { dataRightsMemberData } from './modules/data-rights/data-rights.member-data.ts';
import { dataRightsRoutes } from './modules/data-rights/data-rights.routes.ts';
import { directoryRoutes } from './modules/directory/directory.routes.ts';
import { emailJobs } from './modules/email/email.jobs.ts';
import { emailMemberData } from './modules/email/email.member-data.ts';
import { emailRoutes } from './modules/email/email.routes.ts';
import { emailReplyJobs } from './modules/email/email-replies.jobs.ts';
import { noticeMailJobs } from './modules/email/notice-mail.jobs.ts';
import { weeklyDigestJobs } from './modules/email/weekly-digest.jobs.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { invitationJobs } from './modules/invitations/invitations.jobs.ts';
import { invitationsMemberData } from './modules/invitations/invitations.member-data.ts';
import { invitationRoutes } from './modules/invitations/invitations.routes.ts';
import { lessonReviewRoutes } from './modules/lessons/lesson-review.routes.ts';
import { lessonsMemberData } from './modules/lessons/lessons.member-data.ts';
import { lessonRoutes } from './modules/lessons/lessons.routes.ts';
import { meetupCheckInRoutes } from './modules/meetups/check-in.routes.ts';
import { meetupJobs } from './modules/meetups/meetups.jobs.ts';
import { meetupsMemberData } from './modules/meetups/meetups.member-data.ts';
import { meetupRoutes } from './modules/meetups/meetups.routes.ts';
import { meetupSeriesRoutes } from './modules/meetups/series.routes.ts';
import { membersMemberData } from './modules/members/members.member-data.ts';
import { memberRoutes } from './modules/members/members.routes.ts';
import { positionRoutes } from './modules/members/positions.routes.ts';
import { notificationsMemberData } from './modules/notifications/notifications.member-data.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { outboxMemberData } from './modules/outbox/outbox.member-data.ts';
import { outboxRoutes } from './modules/outbox/outbox.routes.ts';
import { outcomeRoutes } from './modules/outcomes/outcomes.routes.ts';
import { pilotsMemberData } from './modules/pilots/pilots.member-data.ts';
import { pilotRoutes } from './modules/pilots/pilots.routes.ts';
import { pilotUpdateRoutes } from './modules/pilots/updates.routes.ts';
import { pushJobs } from './modules/push/push.jobs.ts';
import { pushMemberData } from './modules/push/push.member-data.ts';
import { pushRoutes } from './modules/push/push.routes.ts';
import { reminderJobs } from './modules/reminders/reminders.jobs.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { settingsJobs } from './modules/settings/settings.jobs.ts';
import { settingsRoutes } from './modules/settings/settings.routes.ts';
import { publicPageRoutes } from './modules/showcase/public-pages.routes.ts';
import { showcaseMemberData } from './modules/showcase/showcase.member-data.ts';
import { showcaseRoutes } from './modules/showcase/showcase.routes.ts';
import { ssoRoutes } from './modules/sso/sso.routes.ts';
import { threadsMemberData } from './modules/threads/threads.member-data.ts';
import { threadRoutes } from './modules/threads/threads.routes.ts';
import { writingRoutes } from './modules/writing/writing.routes.ts';
import auth from './plugins/auth.ts';
import db from './plugins/db.ts';
import errors, { clientErrorHandler, routingErrorHandler } from './plugins/errors.ts';
import inboundMail from './plugins/inbound-mail.ts';
import jobs from './plugins/jobs.ts';
import locale from './plugins/locale.ts';
import mailer from './plugins/mailer.ts';
import memberData from './plugins/member-data.ts';
import network from './plugins/network.ts';
import openapi from './plugins/openapi.ts';
import realtime from './plugins/realtime.ts';
import schemas from './plugins/schemas.ts';
import security, { securityHeaders } from './plugins/security.ts';
import spa from './plugins/spa.ts';
import throttle from './plugins/throttle.ts';
import { presenceMemberData } from './realtime/presence-member-data.ts';
import { redactTokens } from './tokens.ts';

export interface AppOptions {
  config: Config;
  database: Database;
  logger?: FastifyServerOptions['logger'];
}

/** Everything the server does, in the order it is wired: platform plugins, then features. */
export async function buildApp({ config, database, logger }: AppOptions) {
  const { trustProxy } = config;
  // Node's and Fastify's refusals come before any plugin: they ask the locale plugin when they happen.
  const networkLocale = (): Locale => app.locales.networkDefault();
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      serializers: {
        req: (request) => ({
          method: request.method,
          url: redactTokens(request.url),
          remoteAddress: request.ip,
        }),
      },
    },
    // A count means "the nearest n hops are our proxies" (Fastify's types lack the number form).
    trustProxy:
      typeof trustProxy === 'number'
        ? (_address: string, hop: number) => hop < trustProxy
        : trustProxy,
    bodyLimit: 100 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    requestTimeout: config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(10_000, config.requestTimeoutMs),
      connectionsCheckingInterval: config.requestCheckMs,
    },
    // What Fastify and Node refuse before any hook still gets the error shape and the headers.
    frameworkErrors: routingErrorHandler(securityHeaders(config), networkLocale),
    clientErrorHandler: clientErrorHandler(securityHeaders(config), networkLocale),
  });

  // First, so that the statements of every hook (the session lookup) are tagged too.
  if (config.logStatements) tagStatementsWithRequests(app);
  await app.register(schemas);
  await app.register(security, { config });
  await app.register(errors);
  await app.register(db, { database });
  await app.register(locale, { fixed: config.network.defaultLocale });
  await app.register(network, { config });
  await app.register(mailer, { config });
  await app.register(jobs, { config });
  await app.register(memberData);
  await app.register(inboundMail, { mail: config.mail });
  await app.register(throttle);
  await app.register(auth, { config });
  await app.register(realtime, {
    allowedOrigins: config.allowedOrigins,
    offlineGraceMs: config.presenceGraceMs,
  });
  await app.register(openapi, { config });

  await app.register(healthRoutes);
  await app.register(accessibilityRoutes, { contact: config.accessibilityContact });
  await app.register(authRoutes, {
    publicOrigin: config.publicOrigin,
    setupToken: config.setupToken,
  });
  await app.register(authJobs, { publicOrigin: config.publicOrigin });
  await app.register(emailChangeRoutes);
  await app.register(ssoRoutes, {
    oidc: config.oidc,
    publicOrigin: config.publicOrigin,
    secureCookies: config.secureCookies,
  });
  await app.register(invitationRoutes, { publicOrigin: config.publicOrigin });
  await app.register(invitationJobs, { publicOrigin: config.publicOrigin });
  await app.register(memberRoutes);
  await app.register(positionRoutes);
  await app.register(directoryRoutes);
  await app.register(avatarRoutes);
  await app.register(attachmentRoutes);
  await app.register(attachmentJobs);
  await app.register(cohortRoutes);
  await app.register(trackRoutes);
  await app.register(outboxRoutes);
  await app.register(auditRoutes);
  await app.register(threadRoutes);
  await app.register(searchRoutes);
  await app.register(writingRoutes);
  await app.register(adviceRoutes, { requestDays: config.adviceRequestDays });
  await app.register(adviceRequestRoutes);
  await app.register(adviceJobs);
  await app.register(outcomeRoutes);
  await app.register(meetupSeriesRoutes);
  await app.register(meetupRoutes);
  await app.register(meetupCheckInRoutes, { publicOrigin: config.publicOrigin });
  await app.register(meetupJobs);
  await app.register(lessonRoutes, { publicOrigin: config.publicOrigin });
  await app.register(lessonReviewRoutes);
  await app.register(pilotRoutes);
  await app.register(pilotUpdateRoutes);
  await app.register(showcaseRoutes);
  await app.register(reminderJobs);
  await app.register(calendarRoutes, { publicOrigin: config.publicOrigin });
  await app.register(notificationRoutes);
  await app.register(chatRoutes);
  await app.register(settingsRoutes, { config });
  await app.register(settingsJobs);
  const email = { publicOrigin: config.publicOrigin, mail: config.mail };
  await app.register(emailRoutes, email);
  await app.register(emailJobs, email);
  await app.register(noticeMailJobs, email);
  await app.register(weeklyDigestJobs, email);
  await app.register(emailReplyJobs, email);
  await app.register(pushRoutes, { push: config.push });
  await app.register(pushJobs, {
    push: config.push,
    publicOrigin: config.publicOrigin,
    promptly: config.jobPollMs !== null,
  });

  // What each module holds about a member, for exports and erasure; the account's own row last.
  app.memberData.register(
    authMemberData,
    // Before the invitations and flags it finds the member's entries through are erased.
    auditMemberData,
    presenceMemberData,
    pushMemberData,
    chatMemberData,
    // Before the threads and meetups areas erase posts: it finds the lessons drawing on them.
    lessonsMemberData,
    threadsMemberData,
    adviceMemberData,
    attachmentsMemberData,
    avatarsMemberData,
    calendarMemberData(config.publicOrigin, (preference) => app.locales.forMember(preference)),
    cohortsMemberData,
    emailMemberData,
    invitationsMemberData,
    meetupsMemberData,
    pilotsMemberData,
    showcaseMemberData,
    notificationsMemberData,
    outboxMemberData,
    dataRightsMemberData,
    membersMemberData,
  );
  await app.register(dataRightsRoutes);
  await app.register(dataRightsJobs, { publicOrigin: config.publicOrigin });

  // The public showcase's pages, feed, sitemap and robots.txt: outside /api, before the app's page.
  await app.register(publicPageRoutes);
  await app.register(spa, { webDist: config.webDist, answersWaitMs: config.firstAnswersWaitMs });
  return app;
}
