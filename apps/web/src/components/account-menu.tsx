import type { AccountMember } from '@praxis/contracts/members';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { T, useT } from '../lib/i18n/use-t.tsx';
import { Avatar } from './avatar.tsx';
import { LanguageSwitch } from './language-switch.tsx';

interface AccountMenuProps {
  member: AccountMember;
  onSignOut(): void;
}

/** A disclosure menu: Enter or Space opens it, Escape closes it and returns focus to the button. */
export function AccountMenu({ member, onSignOut }: AccountMenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const close = () => setOpen(false);
  return (
    <div className="account-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar person={member} size="small" decorative />
        <span className="account-name">{member.name}</span>
        <span className="visually-hidden">{t('common.accountMenu.nameSuffix')}</span>
      </button>
      <ul id={menuId} className="account-list" hidden={!open}>
        <li className="account-summary">
          <T id="common.accountMenu.signedInAs" values={{ email: member.email }} />
          <br />
          <span className="role-badge">{t(`common.role.${member.role}`)}</span>
        </li>
        <li>
          <Link to="/profile" onClick={close}>
            {t('common.accountMenu.yourProfile')}
          </Link>
        </li>
        <li>
          <Link to="/cohorts" onClick={close}>
            {t('common.accountMenu.programmesAndCohorts')}
          </Link>
        </li>
        <li>
          <Link to="/account" onClick={close}>
            {t('common.accountMenu.accountAndSecurity')}
          </Link>
        </li>
        <li>
          <Link to="/settings/email" onClick={close}>
            {t('common.accountMenu.emailSettings')}
          </Link>
        </li>
        {member.role !== 'member' && (
          <>
            <li>
              <Link to="/invitations" onClick={close}>
                {t('common.accountMenu.invitePeople')}
              </Link>
            </li>
            <li>
              <Link to="/flags" onClick={close}>
                {t('common.accountMenu.flagsToReview')}
              </Link>
            </li>
          </>
        )}
        {member.role === 'admin' && (
          <li>
            <Link to="/outbox" onClick={close}>
              {t('common.accountMenu.emailOutbox')}
            </Link>
          </li>
        )}
        {member.role === 'admin' && (
          <li>
            <Link to="/admin/email/bounces" onClick={close}>
              {t('common.accountMenu.bouncingAddresses')}
            </Link>
          </li>
        )}
        {member.role === 'admin' && (
          <li>
            <Link to="/admin/settings" onClick={close}>
              {t('settings.network.title')}
            </Link>
          </li>
        )}
        <li className="account-language">
          <LanguageSwitch signedIn />
        </li>
        <li>
          <button
            type="button"
            onClick={() => {
              close();
              onSignOut();
            }}
          >
            {t('common.accountMenu.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
