import type { CaseStatus } from '../../api/types';
import { useT } from '../../i18n';

const statuses: (CaseStatus | '')[] = ['', 'open', 'closed', 'refused'];

/** Filters the request list by status (all / open / closed / refused). */
export function StatusFilter({
  value,
  onChange,
}: {
  value: CaseStatus | '';
  onChange: (s: CaseStatus | '') => void;
}) {
  const t = useT();
  return (
    <label className="inline-field">
      <span>{t('mine.filter')}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as CaseStatus | '')}
        data-testid="status-filter"
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {s ? t(`status.${s}`) : t('mine.all')}
          </option>
        ))}
      </select>
    </label>
  );
}
