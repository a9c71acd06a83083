import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useNetworkSettings } from './api/network-settings.ts';
import { IdentityForm } from './components/identity-form.tsx';
import { LogoField } from './components/logo-field.tsx';
import { RetentionSection } from './components/retention-section.tsx';
import { ShowcaseSection } from './components/showcase-section.tsx';
import { TestMailSection } from './components/test-mail-section.tsx';
import './network-settings.css';

/** What an admin sets for the whole network: its name and look, its mail, what it keeps. */
export function NetworkSettingsPage() {
  const t = useT();
  useDocumentTitle(t('settings.network.title'));
  const settings = useNetworkSettings();

  return (
    <section className="page narrow network-settings">
      <h1>{t('settings.network.title')}</h1>
      {settings.isError && <Alert tone="error">{formErrors(settings.error).message}</Alert>}
      {settings.data && (
        <>
          <section className="panel" aria-labelledby="settings-identity">
            <h2 id="settings-identity">{t('settings.network.identityHeading')}</h2>
            <IdentityForm settings={settings.data} />
          </section>
          <section className="panel" aria-labelledby="settings-logo">
            <h2 id="settings-logo">{t('settings.network.logoHeading')}</h2>
            <LogoField settings={settings.data} />
          </section>
          <section className="panel" aria-labelledby="settings-mail">
            <h2 id="settings-mail">{t('settings.network.mailHeading')}</h2>
            <TestMailSection settings={settings.data} />
          </section>
          <section className="panel" aria-labelledby="settings-showcase">
            <h2 id="settings-showcase">{t('settings.showcase.heading')}</h2>
            <ShowcaseSection settings={settings.data} />
          </section>
          <section className="panel" aria-labelledby="settings-retention">
            <h2 id="settings-retention">{t('settings.network.retentionHeading')}</h2>
            <RetentionSection settings={settings.data} />
          </section>
        </>
      )}
    </section>
  );
}
