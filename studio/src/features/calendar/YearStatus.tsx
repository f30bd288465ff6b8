import { Alert, Tag } from 'antd';
import type { CalendarYear } from '../../api/calendar-types';
import { useLang, useT } from '../../i18n';

/** "2月5日" (zh) or "02-05" (en) of an ISO date. */
export function useMonthDay(): (iso: string) => string {
  const { lang } = useLang();
  return (iso) => (lang === 'en' ? iso.slice(5) : `${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日`);
}

/** The year's standing: 正式 / 临时 tag, where its days come from, and the entered arrangement. */
export function YearStatus({ calendar }: { calendar: CalendarYear }) {
  const t = useT();
  const md = useMonthDay();
  const official = calendar.status === 'official';
  const a = calendar.arrangement;
  return (
    <div className="cal-status" data-testid="cal-status">
      <div className="cal-status-line">
        <Tag color={official ? 'success' : 'warning'} data-testid="cal-status-tag">
          {official ? t('calendar.official') : t('calendar.provisional')}
        </Tag>
        <span>{t(`calendar.source_${calendar.source}`, { version: calendar.version ?? '' })}</span>
      </div>
      {!official && <Alert type="warning" showIcon message={t('calendar.provisionalHelp')} />}
      {a && (a.holidays.length > 0 || a.workdays.length > 0) && (
        <p className="cal-arrangement" data-testid="cal-arrangement">
          <strong>{t('calendar.arrangement')}：</strong>
          {[
            ...a.holidays.map((h) =>
              h.from === h.to
                ? t('calendar.restDay', { name: h.name, date: md(h.from) })
                : t('calendar.restSpan', { name: h.name, from: md(h.from), to: md(h.to) }),
            ),
            ...a.workdays.map((w) => t('calendar.workdayOn', { date: md(w.date) })),
          ].join('；')}
        </p>
      )}
    </div>
  );
}
