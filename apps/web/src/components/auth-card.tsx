import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { BrandMark, NetworkName } from './brand-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SiteFooter } from './site-footer.tsx';

/** The frame of the pages a person sees before signing in. */
export function AuthCard({
  title,
  intro,
  wide = false,
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** Room for reading rather than a short form (the accessibility statement). */
  wide?: boolean;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <>
      <main id="main" className="auth-page" tabIndex={-1}>
        <div className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>
          <p className="brand brand-large">
            <BrandMark />
            <NetworkName />
          </p>
          <h1>{title}</h1>
          {intro && <div className="auth-intro">{intro}</div>}
          {children}
          <LanguageSwitch signedIn={false} />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
