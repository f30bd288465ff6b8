import { useT } from '../i18n';
import { ProvisionalTag } from './ProvisionalTag';

export interface CountdownBadgeProps {
  /** Working days left (negative when overdue), as the server computes them on its calendar. */
  workingDaysLeft: number | null;
  dueAt: string | null;
  /** Counted on statutory holidays only (the year's notice is not out yet): shows a 临时 tag. */
  provisional?: boolean;
  testId?: string;
}

/** Working-day countdown to a deadline: green with time to spare, amber at ≤1 day, red overdue. */
export function CountdownBadge({ workingDaysLeft: n, dueAt, provisional, testId }: CountdownBadgeProps) {
  const t = useT();
  const past = dueAt !== null && Date.parse(dueAt) < Date.now();
  let tone = 'neutral';
  let text = t('countdown.none');
  if (n !== null && (n < 0 || past)) {
    tone = 'overdue';
    text = n < 0 ? t('countdown.overdueBy', { n: -n }) : t('countdown.overdue');
  } else if (n !== null && n <= 1) {
    tone = 'due';
    text = n === 0 ? t('countdown.today') : t('countdown.left', { n });
  } else if (n !== null) {
    tone = 'ok';
    text = t('countdown.left', { n });
  }
  const badge = (
    <span className={`badge badge-${tone}`} data-testid={testId ?? 'countdown'} data-tone={tone}>
      {text}
    </span>
  );
  if (!provisional) return badge;
  return (
    <>
      {badge}
      <ProvisionalTag />
    </>
  );
}
