import { Spin } from 'antd';
import { useT } from '../i18n';

/** A polite "loading…" line for a region that is fetching. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status" aria-live="polite" data-testid="loading">
      <Spin size="small" /> {label ?? t('common.loading')}
    </p>
  );
}
