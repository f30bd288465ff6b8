import { Alert } from 'antd';
import { useEffect } from 'react';
import { calendarApi } from '../../api/calendar-client';
import { useAsync } from '../../hooks/use-async';
import { useLang, useT } from '../../i18n';
import { href } from '../../routing';
import { onCalendarChange } from './calendar-events';

/**
 * "2027 年节假日安排尚未录入，期限按法定节假日临时计算" above every page of an admin while the
 * server says so (from 1 November, while next year is provisional), linking to 节假日管理.
 */
export default function CalendarBanner({ current }: { current: string | undefined }) {
  const t = useT();
  const { lang } = useLang();
  const status = useAsync(() => calendarApi.status(), []);
  useEffect(() => onCalendarChange(status.reload), [status.reload]);
  const banner = status.data?.banner;
  if (!banner) return null;
  const year = Number(/\d{4}/.exec(banner)?.[0] ?? status.data?.provisionalYears[0]);
  const text = lang === 'en' ? t('calendar.banner.text', { year }) : banner;
  const onScreen = current === 'calendar';
  return (
    <>
      <div className="app-banner" data-testid="calendar-banner">
        <Alert
          type="warning"
          showIcon
          banner
          message={
            <>
              {text}
              {!onScreen && (
                <>
                  {' '}
                  <a href={href('calendar', String(year))} data-testid="calendar-banner-link">
                    {t('calendar.banner.open')}
                  </a>
                </>
              )}
            </>
          }
        />
      </div>
    </>
  );
}
