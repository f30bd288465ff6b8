import { useT } from '../../i18n';
import { Button, Form } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { calendarApi } from '../../api/calendar-client';
import type { CalendarDay, LocalOverrides, OverridesSaved } from '../../api/calendar-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { CalendarLegend } from './CalendarLegend';
import { announceCalendarChange } from './calendar-events';
import { editedDays, localState, nextState, pendingDates, withState, type LocalState } from './local-edits';
import { NoteForm, SavedAlert, SaveProblems } from './SaveParts';
import { useMonthDay, YearStatus } from './YearStatus';
import { YearView } from './YearView';

const empty: LocalOverrides = { extraHolidays: [], extraWorkdays: [] };

/** A jurisdiction's calendar of a year: the national days plus its own overrides, edited by clicking. */
export function LocalCalendar({ jurisdiction, year }: { jurisdiction: string; year: number }) {
  const t = useT();
  const md = useMonthDay();
  const loaded = useAsync(() => calendarApi.jurisdiction(jurisdiction, year), [jurisdiction, year]);
  const saved = loaded.data?.overrides ?? empty;
  const [edited, setEdited] = useState<LocalOverrides>(empty);
  const [outcome, setOutcome] = useState<OverridesSaved | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  useEffect(() => setEdited(loaded.data?.overrides ?? empty), [loaded.data]);

  const days = loaded.data?.days ?? [];
  const pendingList = useMemo(() => pendingDates(days, saved, edited), [days, saved, edited]);
  const pending = useMemo(() => new Set(pendingList), [pendingList]);
  const names = { holiday: t('calendar.localHoliday'), workday: t('calendar.localWorkday') };
  const stateText = (s: LocalState) => (s === 'national' ? t('calendar.localClear') : names[s]);
  const shown = useMemo(() => editedDays(days, pending, edited, names), [days, pending, edited, t]);

  const pick = (d: CalendarDay) => setEdited((o) => withState(o, d.date, nextState(o, d)));
  const describePick = (d: CalendarDay) =>
    t('calendar.dayAction', {
      date: md(d.date),
      state: d.name ?? (d.working ? t('calendar.kindWorking') : t('calendar.kindHoliday')),
      next: stateText(nextState(edited, d)),
    });
  const save = async ({ note }: { note: string }) => {
    setSaving(true);
    setError(null);
    try {
      setOutcome(await calendarApi.saveOverrides(jurisdiction, { ...edited, note: note.trim() }));
      form.resetFields();
      loaded.reload();
      announceCalendarChange();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  if (!loaded.data)
    return loaded.error ? <ErrorBanner error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  return (
    <div className="cal-layout">
      <div className="cal-area-status">
        <YearStatus calendar={loaded.data} />
        {outcome && (
          <SavedAlert
            testId="cal-local-saved"
            message={t('calendar.localSaved', { version: outcome.version })}
            recomputed={outcome.recomputedCases}
          />
        )}
      </div>
      <div className="cal-area-grid">
        <CalendarLegend pending={pending.size > 0} />
        <YearView days={shown} pending={pending} onPick={pick} describePick={describePick} />
      </div>
      <section className="panel cal-area-side" aria-labelledby="cal-local-title" data-testid="cal-local">
        <h2 id="cal-local-title" className="panel-title">
          {t('calendar.local')}
        </h2>
        <p className="cal-help">{t('calendar.localHelp')}</p>
        <h3 className="cal-subtitle">{t('calendar.localEdits')}</h3>
        {pendingList.length === 0 ? (
          <p className="cal-help">{t('calendar.localNone')}</p>
        ) : (
          <ul className="cal-edits">
            {pendingList.map((date) => (
              <li key={date} data-testid="cal-local-edit">
                <span>
                  {md(date)} → {stateText(localState(edited, date))}
                </span>
                <Button
                  size="small"
                  onClick={() => setEdited((o) => withState(o, date, localState(saved, date)))}
                >
                  {t('calendar.undo')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {pendingList.length > 0 && (
          <NoteForm
            form={form}
            name="cal-local"
            saving={saving}
            onFinish={(v) => void save(v)}
            testIds={{ note: 'cal-local-note', save: 'cal-local-save' }}
          />
        )}
        <SaveProblems error={error} />
      </section>
    </div>
  );
}
