import { Component, type ReactNode, Suspense } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../lib/i18n/use-t.tsx';
import { Alert } from './alert.tsx';

/** A page's code could not be fetched: offline, or a deploy removed the chunk this tab knew. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('A page could not be loaded', { cause });
    this.name = 'PageLoadError';
  }
}

/** What shows in a page's place while its code loads: the same words as the app's first load. */
export function PageLoading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('common.app.loading')}
    </p>
  );
}

function PageUnreachable() {
  const t = useT();
  return <Alert tone="error">{t('common.app.unreachable')}</Alert>;
}

/**
 * Shows a lazily loaded page, the loading line while its code arrives, and a message saying to
 * reload when the code cannot be fetched; following another link tries again.
 */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PageLoadBoundary pathname={pathname}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </PageLoadBoundary>
  );
}

interface BoundaryState {
  error: unknown;
  /** The address the page failed at; another address tries again. */
  failedAt: string | null;
}

class PageLoadBoundary extends Component<{ pathname: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failedAt: null };
  }

  static getDerivedStateFromProps(
    props: { pathname: string },
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    if (state.error === null) return null;
    if (state.failedAt === null) return { failedAt: props.pathname };
    return state.failedAt === props.pathname ? null : { error: null, failedAt: null };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    // Only a page that could not be fetched is answered here; any other error is not ours.
    if (!(this.state.error instanceof PageLoadError)) throw this.state.error;
    return <PageUnreachable />;
  }
}
