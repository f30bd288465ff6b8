import { useT } from '../i18n';

export interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** Previous/next paging for a list of `total` rows. */
export function Pager({ offset, limit, total, onChange }: PagerProps) {
  const t = useT();
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button
        type="button"
        className="btn btn-small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
        data-testid="pager-prev"
      >
        {t('pager.prev')}
      </button>
      <span aria-live="polite">{t('pager.position', { page, pages, total })}</span>
      <button
        type="button"
        className="btn btn-small"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
        data-testid="pager-next"
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
