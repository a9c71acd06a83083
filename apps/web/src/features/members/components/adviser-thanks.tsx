import { useT } from '../../../lib/i18n/use-t.tsx';
import { useMemberAdvice } from '../api/get-member-advice.ts';

/** "Helped 12 people": how many askers said the member's advice helped, never a score. */
export function AdviserThanks({ memberId }: { memberId: string }) {
  const t = useT();
  const advice = useMemberAdvice(memberId);
  const count = advice.data?.helpedCount ?? 0;
  if (count === 0) return null;
  return <p className="adviser-thanks">{t('members.profile.helped', { count })}</p>;
}
