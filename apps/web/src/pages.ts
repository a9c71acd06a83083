import { matchPath, type Params } from 'react-router';
import { type FirstPagePath, firstPages } from './first-load.ts';
import { page } from './lib/lazy-page.ts';

// Every page is its own chunk, so a first load carries the shell and the one page it shows.

export const AccessibilityPage = page(
  () => import('./features/accessibility/accessibility-page.tsx'),
  (m) => m.AccessibilityPage,
);
export const AccountPage = page(
  () => import('./features/auth/account-page.tsx'),
  (m) => m.AccountPage,
);
export const AccountDataPage = page(
  () => import('./features/data-rights/account-data-page.tsx'),
  (m) => m.AccountDataPage,
);
export const MemberDataPage = page(
  () => import('./features/data-rights/member-data-page.tsx'),
  (m) => m.MemberDataPage,
);
export const ForgotPasswordPage = page(
  () => import('./features/auth/forgot-password-page.tsx'),
  (m) => m.ForgotPasswordPage,
);
export const LoginPage = page(
  () => import('./features/auth/login-page.tsx'),
  (m) => m.LoginPage,
);
export const ResetPasswordPage = page(
  () => import('./features/auth/reset-password-page.tsx'),
  (m) => m.ResetPasswordPage,
);
export const ConfirmEmailPage = page(
  () => import('./features/auth/confirm-email-page.tsx'),
  (m) => m.ConfirmEmailPage,
);
export const CancelEmailChangePage = page(
  () => import('./features/auth/cancel-email-change-page.tsx'),
  (m) => m.CancelEmailChangePage,
);
export const SetupPage = page(
  () => import('./features/auth/setup-page.tsx'),
  (m) => m.SetupPage,
);
export const SsoCallbackPage = page(
  () => import('./features/auth/sso-callback-page.tsx'),
  (m) => m.SsoCallbackPage,
);
export const UnlockPage = page(
  () => import('./features/auth/unlock-page.tsx'),
  (m) => m.UnlockPage,
);
export const ChatPage = page(
  () => import('./features/chat/chat-page.tsx'),
  (m) => m.ChatPage,
);
export const CohortInvitePage = page(
  () => import('./features/cohorts/cohort-invite-page.tsx'),
  (m) => m.CohortInvitePage,
);
export const CohortPage = page(
  () => import('./features/cohorts/cohort-page.tsx'),
  (m) => m.CohortPage,
);
export const CohortsPage = page(
  () => import('./features/cohorts/cohorts-page.tsx'),
  (m) => m.CohortsPage,
);
export const DirectoryPage = page(
  () => import('./features/directory/directory-page.tsx'),
  (m) => m.DirectoryPage,
);
export const AdvicePage = page(
  () => import('./features/advice/advice-page.tsx'),
  (m) => m.AdvicePage,
);
export const BouncingAddressesPage = page(
  () => import('./features/email/bouncing-addresses-page.tsx'),
  (m) => m.BouncingAddressesPage,
);
export const EmailSettingsPage = page(
  () => import('./features/email/email-settings-page.tsx'),
  (m) => m.EmailSettingsPage,
);
export const UnsubscribePage = page(
  () => import('./features/email/unsubscribe-page.tsx'),
  (m) => m.UnsubscribePage,
);
export const HomePage = page(
  () => import('./features/home/home-page.tsx'),
  (m) => m.HomePage,
);
export const AcceptInvitationPage = page(
  () => import('./features/invitations/accept-invitation-page.tsx'),
  (m) => m.AcceptInvitationPage,
);
export const InvitationsPage = page(
  () => import('./features/invitations/invitations-page.tsx'),
  (m) => m.InvitationsPage,
);
export const CheckInPage = page(
  () => import('./features/meetups/check-in-page.tsx'),
  (m) => m.CheckInPage,
);
export const LibraryPage = page(
  () => import('./features/lessons/library-page.tsx'),
  (m) => m.LibraryPage,
);
export const LessonPage = page(
  () => import('./features/lessons/lesson-page.tsx'),
  (m) => m.LessonPage,
);
export const LessonEditPage = page(
  () => import('./features/lessons/lesson-edit-page.tsx'),
  (m) => m.LessonEditPage,
);
export const LessonReviewsPage = page(
  () => import('./features/lessons/reviews-page.tsx'),
  (m) => m.LessonReviewsPage,
);
export const LessonsPrintPage = page(
  () => import('./features/lessons/print-page.tsx'),
  (m) => m.LessonsPrintPage,
);
export const MeetupPage = page(
  () => import('./features/meetups/meetup-page.tsx'),
  (m) => m.MeetupPage,
);
export const MeetupsPage = page(
  () => import('./features/meetups/meetups-page.tsx'),
  (m) => m.MeetupsPage,
);
export const NewSeriesPage = page(
  () => import('./features/meetups/new-series-page.tsx'),
  (m) => m.NewSeriesPage,
);
export const ProposeMeetupPage = page(
  () => import('./features/meetups/propose-meetup-page.tsx'),
  (m) => m.ProposeMeetupPage,
);
export const VenueCheckInPage = page(
  () => import('./features/meetups/venue-check-in-page.tsx'),
  (m) => m.VenueCheckInPage,
);
export const SeriesPage = page(
  () => import('./features/meetups/series-page.tsx'),
  (m) => m.SeriesPage,
);
export const EditProfilePage = page(
  () => import('./features/members/edit-profile-page.tsx'),
  (m) => m.EditProfilePage,
);
export const ProfilePage = page(
  () => import('./features/members/profile-page.tsx'),
  (m) => m.ProfilePage,
);
export const WelcomePage = page(
  () => import('./features/members/welcome-page.tsx'),
  (m) => m.WelcomePage,
);
export const NotificationsPage = page(
  () => import('./features/notifications/notifications-page.tsx'),
  (m) => m.NotificationsPage,
);
export const AuditPage = page(
  () => import('./features/audit/audit-page.tsx'),
  (m) => m.AuditPage,
);
export const OutboxPage = page(
  () => import('./features/outbox/outbox-page.tsx'),
  (m) => m.OutboxPage,
);
export const OutcomesPage = page(
  () => import('./features/outcomes/outcomes-page.tsx'),
  (m) => m.OutcomesPage,
);
// One chunk for the dashboard and its report, so that nothing of theirs joins the chunk that
// every page shares.
export const OutcomesReportPage = page(
  () => import('./features/outcomes/outcomes-page.tsx'),
  (m) => m.OutcomesReportPage,
);
export const PilotsBoardPage = page(
  () => import('./features/pilots/pilots-board-page.tsx'),
  (m) => m.PilotsBoardPage,
);
export const PilotPage = page(
  () => import('./features/pilots/pilot-page.tsx'),
  (m) => m.PilotPage,
);
// The new and the edit page share their form, and so one chunk.
export const NewPilotPage = page(
  () => import('./features/pilots/pilot-form-page.tsx'),
  (m) => m.NewPilotPage,
);
export const EditPilotPage = page(
  () => import('./features/pilots/pilot-form-page.tsx'),
  (m) => m.EditPilotPage,
);
export const SearchPage = page(
  () => import('./features/search/search-page.tsx'),
  (m) => m.SearchPage,
);
export const NetworkSettingsPage = page(
  () => import('./features/settings/network-settings-page.tsx'),
  (m) => m.NetworkSettingsPage,
);
export const PublishedPage = page(
  () => import('./features/showcase/published-page.tsx'),
  (m) => m.PublishedPage,
);
export const PublishedItemPage = page(
  () => import('./features/showcase/published-item-page.tsx'),
  (m) => m.PublishedItemPage,
);
export const FlagsPage = page(
  () => import('./features/threads/flags-page.tsx'),
  (m) => m.FlagsPage,
);
export const NewThreadPage = page(
  () => import('./features/threads/new-thread-page.tsx'),
  (m) => m.NewThreadPage,
);
export const ThreadPage = page(
  () => import('./features/threads/thread-page.tsx'),
  (m) => m.ThreadPage,
);
export const ThreadsPage = page(
  () => import('./features/threads/threads-page.tsx'),
  (m) => m.ThreadsPage,
);

/**
 * The page each address of first-load.ts shows, and for some what the page reads first, asked
 * for as soon as its code has arrived.
 */
export const firstPageShown: Record<
  FirstPagePath,
  [page: { preload(): Promise<unknown> }, data?: (params: Params) => Promise<unknown> | undefined]
> = {
  '/': [HomePage, () => import('./features/home/home-page.tsx').then((m) => m.prefetchHomePage())],
  '/login': [LoginPage],
  '/accessibility': [AccessibilityPage],
  '/directory': [DirectoryPage],
  '/members/:handle': [ProfilePage],
  '/threads': [ThreadsPage],
  '/threads/new': [NewThreadPage],
  '/threads/:id': [
    ThreadPage,
    ({ id }) =>
      id
        ? import('./features/threads/thread-page.tsx').then((m) => m.prefetchThreadPage(id))
        : undefined,
  ],
  '/meetups': [MeetupsPage],
  '/meetups/:id': [MeetupPage],
  '/chat/:roomId?': [
    ChatPage,
    ({ roomId }) => import('./features/chat/chat-page.tsx').then((m) => m.prefetchChatPage(roomId)),
  ],
  '/notifications': [NotificationsPage],
};

/**
 * Starts loading the page an address most likely shows while the session is still being asked
 * for, so that its chunk does not wait for the answer. A wrong guess costs one unused chunk, and
 * for a visitor who is not signed in, a refused request. Settles once the page's code is here, or
 * could not be fetched.
 */
export function preloadPageFor(pathname: string): Promise<unknown> {
  for (const { path } of firstPages) {
    const match = matchPath(path, pathname);
    if (!match) continue;
    const [page, data] = firstPageShown[path];
    const loaded = page.preload().catch(() => undefined);
    void data?.(match.params)?.catch(() => undefined);
    return loaded;
  }
  return Promise.resolve();
}

/** The pages of the main navigation, and home, where signing in leads. */
export const navigationPages = [
  HomePage,
  DirectoryPage,
  ThreadsPage,
  ThreadPage,
  MeetupsPage,
  LibraryPage,
  PilotsBoardPage,
  ChatPage,
];
export const afterSignInPages = [HomePage];
