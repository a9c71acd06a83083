import type { AccountMember } from '@praxis/contracts/members';
import { type MouseEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../lib/i18n/use-t.tsx';
import { AccountEntries } from './account-menu.tsx';
import { countShown, MainNavigation } from './main-navigation.tsx';

/**
 * The phone header's menu: a button (shown by the stylesheet only where the navigation does not
 * fit in the header) that opens the sections and the account's entries in a modal dialog at
 * the side. The dialog moves focus into itself and keeps it there, Escape closes it, and
 * closing gives focus back to the button, as the browser does for a modal dialog; a tap
 * outside it or following one of its links closes it too.
 */
export function SiteMenu({
  member,
  unread,
  onSignOut,
}: {
  member: AccountMember;
  unread: Partial<Record<string, number>>;
  onSignOut(): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const dialogId = useId();
  const titleId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const count = Object.values(unread).reduce<number>((sum, each) => sum + (each ?? 0), 0);

  const show = () => {
    dialog.current?.showModal();
    setOpen(true);
  };
  // Closes at once, before a link inside is followed, so that focus can go on to the new page.
  const close = () => dialog.current?.close();

  // A window widened past the phone layout hides the button: the menu goes with it.
  useEffect(() => {
    if (!open) return;
    const onResize = () => {
      if (!button.current?.checkVisibility()) dialog.current?.close();
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [open]);

  // The panel fills the dialog, so a click on the dialog itself is on its backdrop.
  const closeOutside = (event: MouseEvent) => {
    if (event.target === event.currentTarget) close();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={dialogId}
        aria-haspopup="dialog"
        onClick={show}
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" fill="currentColor" />
        </svg>
        <span className="visually-hidden">{t('common.menu.label')}</span>
        {count > 0 && (
          <span className="menu-count">
            {' '}
            {countShown(count)}
            <span className="visually-hidden"> {t('common.nav.unread', { count })}</span>
          </span>
        )}
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the dialog; the click is only the backdrop's. */}
      <dialog
        ref={dialog}
        id={dialogId}
        className="site-menu"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          if (document.activeElement === document.body) button.current?.focus();
        }}
        onClick={closeOutside}
      >
        <div className="site-menu-panel">
          <div className="site-menu-top">
            <h2 id={titleId} className="site-menu-title">
              {t('common.menu.label')}
            </h2>
            <button type="button" className="site-menu-close" onClick={close}>
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path
                  d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"
                  fill="currentColor"
                />
              </svg>
              <span className="visually-hidden">{t('common.menu.close')}</span>
            </button>
          </div>
          <MainNavigation
            member={member}
            unread={unread}
            className="site-menu-nav"
            onNavigate={close}
          />
          <ul className="site-menu-account">
            <AccountEntries member={member} onSignOut={onSignOut} onChoose={close} />
          </ul>
        </div>
      </dialog>
    </>
  );
}
