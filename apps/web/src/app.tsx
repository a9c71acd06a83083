import type { AccountMember } from '@praxis/contracts/members';
import { sameOriginPath } from '@praxis/contracts/return-path';
import { QueryClientProvider } from '@tanstack/react-query';
import {
  BrowserRouter,
  Navigate,
  Outlet,
  Route,
  Routes,
  useLocation,
  useNavigate,
} from 'react-router';
import { Alert } from './components/alert.tsx';
import { Layout } from './components/layout.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { OnlyFor } from './components/only-for.tsx';
import { PageLoading, PageSuspense } from './components/page-suspense.tsx';
import { useSetupStatus } from './features/auth/api/get-setup-status.ts';
import { useLogout } from './features/auth/api/logout.ts';
import { useChatUnreadCount } from './features/chat/use-chat-unread-count.ts';
import { useLiveRooms } from './features/chat/use-live-rooms.ts';
import { NotificationBell } from './features/notifications/components/notification-bell.tsx';
import { useLiveNotifications } from './features/notifications/use-live-notifications.ts';
import { HeaderSearch } from './features/search/components/header-search.tsx';
import { I18nProvider } from './lib/i18n/i18n-provider.tsx';
import { useT } from './lib/i18n/use-t.tsx';
import { usePreloadWhenIdle } from './lib/lazy-page.ts';
import { useNetworkAppearance } from './lib/network.ts';
import { queryClient } from './lib/query-client.ts';
import { useRealtimeConnection } from './lib/realtime.ts';
import { useMe } from './lib/session.ts';
import { useShareIntlOutsideReact } from './lib/text-outside-react.ts';
import { useFocusOnNavigation } from './lib/use-focus-on-navigation.ts';
import {
  AcceptInvitationPage,
  AccessibilityPage,
  AccountDataPage,
  AccountPage,
  AdvicePage,
  afterSignInPages,
  CancelEmailChangePage,
  ChatPage,
  CheckInPage,
  CohortPage,
  CohortsPage,
  ConfirmEmailPage,
  DirectoryPage,
  EditPilotPage,
  EditProfilePage,
  EmailSettingsPage,
  ForgotPasswordPage,
  HomePage,
  LessonEditPage,
  LessonPage,
  LessonReviewsPage,
  LessonsPrintPage,
  LibraryPage,
  LoginPage,
  MeetupPage,
  MeetupsPage,
  NetworkSettingsPage,
  NewPilotPage,
  NewThreadPage,
  NotificationsPage,
  navigationPages,
  PilotPage,
  PilotsBoardPage,
  ProfilePage,
  ProposeMeetupPage,
  PublishedItemPage,
  PublishedPage,
  ResetPasswordPage,
  SearchPage,
  SeriesPage,
  SetupPage,
  SsoCallbackPage,
  ThreadPage,
  ThreadsPage,
  UnlockPage,
  UnsubscribePage,
  VenueCheckInPage,
  WelcomePage,
} from './pages.ts';
import { restrictedPages } from './restricted-pages.tsx';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalisedApp />
    </QueryClientProvider>
  );
}

/** The interface in the member's language, or this browser's before anyone signs in. */
function LocalisedApp() {
  const me = useMe();
  return (
    <I18nProvider preferred={me.data?.locale}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </I18nProvider>
  );
}

function AppRoutes() {
  useShareIntlOutsideReact();
  useFocusOnNavigation();
  useNetworkAppearance();
  const t = useT();
  const setup = useSetupStatus();
  const me = useMe();
  usePreloadWhenIdle(afterSignInPages, me.data === null);

  // A failed refetch keeps what was known; only a first load that failed leaves nothing to show.
  if ((setup.isError && !setup.data) || (me.isError && me.data === undefined)) {
    return (
      <main id="main" className="auth-page">
        <Alert tone="error">{t('common.app.unreachable')}</Alert>
      </main>
    );
  }
  if (setup.isPending || me.isPending) return <PageLoading />;
  if (setup.data.setupRequired) {
    return (
      <PageSuspense>
        <Routes>
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/accessibility" element={<AccessibilityPage signedIn={false} />} />
          <Route path="*" element={<Navigate to="/setup" replace />} />
        </Routes>
      </PageSuspense>
    );
  }

  const member = me.data;
  const publicRoutes = (
    <>
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/confirm-email" element={<ConfirmEmailPage />} />
      <Route path="/cancel-email-change" element={<CancelEmailChangePage />} />
      <Route path="/sso/callback" element={<SsoCallbackPage />} />
      <Route path="/unlock" element={<UnlockPage />} />
      <Route path="/unsubscribe" element={<UnsubscribePage />} />
      <Route path="/invite/:token" element={<AcceptInvitationPage />} />
    </>
  );
  if (!member) {
    return (
      <PageSuspense>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/accessibility" element={<AccessibilityPage signedIn={false} />} />
          {publicRoutes}
          <Route path="*" element={<RedirectToLogin />} />
        </Routes>
      </PageSuspense>
    );
  }
  return (
    <PageSuspense>
      <Routes>
        {publicRoutes}
        <Route path="/login" element={<RedirectAfterSignIn />} />
        <Route path="/setup" element={<Navigate to="/" replace />} />
        <Route element={<SignedInLayout member={member} />}>
          <Route
            element={
              <PageSuspense>
                <Outlet />
              </PageSuspense>
            }
          >
            <Route index element={<HomePage member={member} />} />
            <Route path="directory" element={<DirectoryPage />} />
            <Route path="members/:handle" element={<ProfilePage />} />
            {restrictedPages(member).map(({ path, ...only }) => (
              <Route key={path} path={path} element={<OnlyFor member={member} {...only} />} />
            ))}
            <Route path="profile" element={<EditProfilePage />} />
            <Route path="advice" element={<AdvicePage />} />
            <Route path="welcome" element={<WelcomePage member={member} />} />
            <Route path="cohorts" element={<CohortsPage member={member} />} />
            <Route path="cohorts/:id" element={<CohortPage member={member} />} />
            <Route path="threads" element={<ThreadsPage member={member} />} />
            <Route path="threads/new" element={<NewThreadPage member={member} />} />
            <Route path="threads/:id" element={<ThreadPage member={member} />} />
            <Route path="search" element={<SearchPage />} />
            {/* Signed in, the statement keeps the navigation; signed out, the sign-in pages' frame. */}
            <Route path="accessibility" element={<AccessibilityPage signedIn />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="meetups" element={<MeetupsPage member={member} />} />
            <Route path="meetups/series/:id" element={<SeriesPage />} />
            <Route path="meetups/series/:id/propose" element={<ProposeMeetupPage />} />
            <Route path="meetups/:id" element={<MeetupPage member={member} />} />
            <Route path="meetups/:id/check-in" element={<CheckInPage />} />
            <Route path="check-in/:token" element={<VenueCheckInPage />} />
            <Route path="pilots" element={<PilotsBoardPage />} />
            <Route path="pilots/new" element={<NewPilotPage member={member} />} />
            <Route path="pilots/:id" element={<PilotPage />} />
            <Route path="pilots/:id/edit" element={<EditPilotPage />} />
            <Route path="library" element={<LibraryPage member={member} />} />
            <Route path="library/reviews" element={<LessonReviewsPage />} />
            <Route path="library/print" element={<LessonsPrintPage />} />
            <Route path="library/:id" element={<LessonPage member={member} />} />
            <Route path="library/:id/edit" element={<LessonEditPage mode="edit" />} />
            <Route path="library/:id/translate" element={<LessonEditPage mode="translate" />} />
            {/* Not /showcase: the server answers that address with the public pages itself. */}
            <Route path="published" element={<PublishedPage member={member} />} />
            <Route path="published/:id" element={<PublishedItemPage member={member} />} />
            <Route path="chat" element={<ChatPage member={member} />} />
            <Route path="chat/:roomId" element={<ChatPage member={member} />} />
            <Route path="account" element={<AccountPage member={member} />} />
            <Route path="account/data" element={<AccountDataPage />} />
            <Route path="settings/email" element={<EmailSettingsPage member={member} />} />
            {member.role === 'admin' && (
              <Route path="admin/settings" element={<NetworkSettingsPage />} />
            )}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </PageSuspense>
  );
}

/** The signed-in shell, and the one websocket that keeps chat and notifications live. */
function SignedInLayout({ member }: { member: AccountMember }) {
  const logout = useLogout();
  const navigate = useNavigate();
  useRealtimeConnection(member.id);
  useLiveRooms();
  useLiveNotifications();
  const chatUnread = useChatUnreadCount();
  usePreloadWhenIdle(navigationPages);
  return (
    <Layout
      member={member}
      unread={{ '/chat': chatUnread }}
      tools={
        <>
          <HeaderSearch />
          <NotificationBell />
        </>
      }
      onSignOut={() =>
        logout.mutate('this-browser', { onSuccess: () => navigate('/login', { replace: true }) })
      }
    />
  );
}

function RedirectToLogin() {
  const location = useLocation();
  return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
}

/** Signed in while on the sign-in page: go where the member was heading when it was shown. */
function RedirectAfterSignIn() {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  return <Navigate to={sameOriginPath(from, window.location.origin)} replace />;
}
