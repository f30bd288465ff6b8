import { Button, Space } from 'antd';
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
    <nav aria-label={t('pager.label')}>
      <Space wrap>
        <Button
          size="small"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
          data-testid="pager-prev"
        >
          {t('pager.prev')}
        </Button>
        <span aria-live="polite">{t('pager.position', { page, pages, total })}</span>
        <Button
          size="small"
          disabled={offset + limit >= total}
          onClick={() => onChange(offset + limit)}
          data-testid="pager-next"
        >
          {t('pager.next')}
        </Button>
      </Space>
    </nav>
  );
}
