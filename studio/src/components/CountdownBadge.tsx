import { useT } from '../i18n';

export interface CountdownBadgeProps {
  /** Working days left (negative when overdue), as the server computes them on its calendar. */
  workingDaysLeft: number | null;
  dueAt: string | null;
  testId?: string;
}

/** Working-day countdown to a deadline: green with time to spare, amber at ≤1 day, red overdue. */
export function CountdownBadge({ workingDaysLeft: n, dueAt, testId }: CountdownBadgeProps) {
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
  return (
    <span className={`badge badge-${tone}`} data-testid={testId ?? 'countdown'} data-tone={tone}>
      {text}
    </span>
  );
}
