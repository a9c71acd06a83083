import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { BrandMark } from './brand-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** The frame of the pages a person sees before signing in. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">
          <BrandMark />
          Praxis
        </p>
        <h1>{title}</h1>
        {intro && <div className="auth-intro">{intro}</div>}
        {children}
        <LanguageSwitch signedIn={false} />
      </div>
    </main>
  );
}
