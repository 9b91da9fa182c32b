import { useT } from '@/i18n/catalogue';
import type { Reliability } from '@/model/strength';

/** "Unverified text" (or "Unattributed text") beside a passage; nothing for an attributed one. */
export function ReliabilityMark({ reliability }: { reliability: Reliability }) {
  const t = useT();
  if (reliability === 'attributed') return null;
  return (
    <span className={`reliability-mark reliability-mark--${reliability}`}>
      {t.honesty.mark[reliability]}
    </span>
  );
}
