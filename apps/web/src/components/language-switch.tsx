import type { SessionResponse } from '@praxis/contracts/auth';
import { isLocale } from '@praxis/i18n/locales';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { apiRequest } from '../lib/api-client.ts';
import { useLocale } from '../lib/i18n/i18n-provider.tsx';
import { useT } from '../lib/i18n/use-t.tsx';
import { meQueryOptions } from '../lib/session.ts';
import { LocaleOptions } from './locale-options.tsx';

/**
 * The language switch: each language named in itself. A signed-in member's choice is saved to
 * their profile, so e-mails follow it and every device shows it; before sign-in it stays with
 * this browser.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  const id = useId();
  const { locale, setLocale } = useLocale();
  const queryClient = useQueryClient();

  async function choose(next: string) {
    if (!isLocale(next)) return;
    setLocale(next);
    if (!signedIn) return;
    const { member } = await apiRequest<SessionResponse>('PUT', '/api/auth/me/locale', {
      locale: next,
    });
    queryClient.setQueryData(meQueryOptions().queryKey, member);
  }

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('common.language.label')}</label>
      <select id={id} value={locale} onChange={(event) => void choose(event.target.value)}>
        {!isLocale(locale) && <option value={locale}>{locale}</option>}
        <LocaleOptions />
      </select>
    </div>
  );
}
