import { Tag } from 'antd';
import type { CaseStatus } from '../api/types';
import { useT } from '../i18n';

const colors: Record<CaseStatus, string> = { open: 'processing', closed: 'success', refused: 'default' };

/** A case's status (办理中 / 已办结 / 不予受理) as a coloured tag. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <Tag color={colors[status]} data-testid="case-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
