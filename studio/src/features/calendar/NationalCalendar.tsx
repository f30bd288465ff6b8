import { useT } from '../../i18n';
import { Alert, Button } from 'antd';
import { useMemo, useState } from 'react';
import { calendarApi } from '../../api/calendar-client';
import type { CalendarPreview, CalendarSaved } from '../../api/calendar-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { CalendarLegend } from './CalendarLegend';
import { announceCalendarChange } from './calendar-events';
import { HistoryList } from './HistoryList';
import { NoticePanel } from './NoticePanel';
import { SavedAlert } from './SaveParts';
import { YearStatus } from './YearStatus';
import { YearView } from './YearView';

/** The platform admin's national calendar of a year: status, year view, notice entry, history. */
export function NationalCalendar({ year }: { year: number }) {
  const t = useT();
  const saved = useAsync(() => calendarApi.national(year), [year]);
  const [preview, setPreview] = useState<CalendarPreview | null>(null);
  const [outcome, setOutcome] = useState<CalendarSaved | null>(null);
  const changed = useMemo(() => new Set(preview?.changedDates ?? []), [preview]);
  const onPreview = (p: CalendarPreview | null) => (setPreview(p), setOutcome(null));
  const onSaved = (s: CalendarSaved) => {
    setPreview(null);
    setOutcome(s);
    saved.reload();
    announceCalendarChange();
  };
  const shown = preview?.calendar ?? saved.data;
  if (!saved.data)
    return saved.error ? <ErrorBanner error={saved.error} onRetry={saved.reload} /> : <Loading />;
  return (
    <div className="cal-layout" key={year}>
      <div className="cal-area-status">
        <YearStatus calendar={saved.data} />
        {outcome && (
          <SavedAlert
            testId="cal-saved"
            message={t('calendar.saved', { year, version: outcome.calendar.version ?? '' })}
            recomputed={outcome.recomputedCases}
          />
        )}
      </div>
      <div className="cal-area-grid">
        {preview && (
          <Alert
            type="info"
            showIcon
            data-testid="cal-preview-banner"
            message={
              preview.changedDates.length > 0
                ? t('calendar.previewTitle', { n: preview.changedDates.length })
                : t('calendar.previewNone')
            }
            action={
              <Button size="small" onClick={() => setPreview(null)} data-testid="cal-preview-close">
                {t('calendar.backToSaved')}
              </Button>
            }
          />
        )}
        <CalendarLegend changed={preview !== null} />
        {shown && <YearView days={shown.days} changed={changed} />}
      </div>
      <div className="cal-area-side">
        <NoticePanel key={year} year={year} preview={preview} onPreview={onPreview} onSaved={onSaved} />
      </div>
      <div className="cal-area-history">
        <HistoryList history={saved.data.history} />
      </div>
    </div>
  );
}
