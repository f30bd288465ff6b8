import type { CaseStatus } from '../api/types';
import { useT } from '../i18n';

/** A case's status (办理中 / 已办结 / 不予受理) as a coloured badge. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <span className={`badge badge-status-${status}`} data-testid="case-status" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
