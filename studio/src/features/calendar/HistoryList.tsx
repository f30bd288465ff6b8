import type { CalendarVersion } from '../../api/calendar-types';
import { useFormat, useT } from '../../i18n';
import { Panel } from '../../components/Panel';

/** 修改记录: every saved version of a calendar with when, who (by name) and why, newest first. */
export function HistoryList({ history }: { history: CalendarVersion[] }) {
  const t = useT();
  const f = useFormat();
  const items = [...history].sort((a, b) => b.version - a.version);
  return (
    <Panel id="cal-history-title" title={t('calendar.history')} testId="cal-history">
      {items.length === 0 ? (
        <p className="cal-help">{t('calendar.noHistory')}</p>
      ) : (
        <ol className="cal-history">
          {items.map((h) => (
            <li key={h.version} data-testid="cal-history-item">
              <div className="cal-history-head">
                <strong>{t('calendar.version', { version: h.version })}</strong>
                <span>{f.dateTime(h.enteredAt)}</span>
                <span>{h.enteredByName}</span>
              </div>
              <div className="cal-history-note">{h.note}</div>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
