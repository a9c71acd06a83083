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
        <AccountEntries member={member} onSignOut={onSignOut} onChoose={() => setOpen(false)} />
      </ul>
    </div>
  );
}

/**
 * The account's entries, as items of a list: who is signed in, their pages, the organisers' and
 * admins' pages, the language and signing out. The account menu shows them, and so does the
 * phone menu. `onChoose` runs before an entry is followed.
 */
export function AccountEntries({
  member,
  onSignOut,
  onChoose,
}: AccountMenuProps & { onChoose(): void }) {
  const t = useT();
  const entry = (to: string, label: string) => (
    <li key={to}>
      <Link to={to} onClick={onChoose}>
        {label}
      </Link>
    </li>
  );
  return (
    <>
      <li className="account-summary">
        <T id="common.accountMenu.signedInAs" values={{ email: member.email }} />
        <br />
        <span className="role-badge">{t(`common.role.${member.role}`)}</span>
      </li>
      {entry('/profile', t('common.accountMenu.yourProfile'))}
      {entry('/advice', t('common.accountMenu.adviceYouGive'))}
      {entry('/cohorts', t('common.accountMenu.programmesAndCohorts'))}
      {entry('/account', t('common.accountMenu.accountAndSecurity'))}
      {entry('/settings/email', t('common.accountMenu.emailSettings'))}
      {entry('/published', t('showcase.nav.link'))}
      {member.role !== 'member' && [
        entry('/invitations', t('common.accountMenu.invitePeople')),
        entry('/flags', t('common.accountMenu.flagsToReview')),
        entry('/outcomes', t('outcomes.nav.link')),
        entry('/audit', t('audit.nav.link')),
      ]}
      {member.role === 'admin' && [
        entry('/outbox', t('common.accountMenu.emailOutbox')),
        entry('/admin/email/bounces', t('common.accountMenu.bouncingAddresses')),
        entry('/admin/settings', t('settings.network.title')),
      ]}
      <li className="account-language">
        <LanguageSwitch signedIn />
      </li>
      <li>
        <button
          type="button"
          onClick={() => {
            onChoose();
            onSignOut();
          }}
        >
          {t('common.accountMenu.signOut')}
        </button>
      </li>
    </>
  );
}
