import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { calendarApi } from '../../api/calendar-client';
import type { CalendarDay, LocalOverrides, OverridesSaved } from '../../api/calendar-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { CalendarLegend } from './CalendarLegend';
import { announceCalendarChange } from './calendar-events';
import { useCalendarText } from './calendar-text';
import { editedDays, localState, nextState, pendingDates, withState, type LocalState } from './local-edits';
import { refusedDetails } from './notice-lines';
import { NoticeProblems } from './NoticeProblems';
import { useMonthDay, YearStatus } from './YearStatus';
import { YearView } from './YearView';

const empty: LocalOverrides = { extraHolidays: [], extraWorkdays: [] };

/** A jurisdiction's calendar of a year: the national days plus its own overrides, edited by clicking. */
export function LocalCalendar({ jurisdiction, year }: { jurisdiction: string; year: number }) {
  const tx = useCalendarText();
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
  const names = { holiday: tx('localHoliday'), workday: tx('localWorkday') };
  const stateText = (s: LocalState) => (s === 'national' ? tx('localClear') : names[s]);
  const shown = useMemo(() => editedDays(days, pending, edited, names), [days, pending, edited, tx]);

  const pick = (d: CalendarDay) => setEdited((o) => withState(o, d.date, nextState(o, d)));
  const describePick = (d: CalendarDay) =>
    tx('dayAction', {
      date: md(d.date),
      state: d.name ?? (d.working ? tx('kindWorking') : tx('kindHoliday')),
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
  const refused = refusedDetails(error);
  return (
    <div className="cal-layout">
      <div className="cal-area-status">
        <YearStatus calendar={loaded.data} />
        {outcome && (
          <Alert
            type="success"
            showIcon
            data-testid="cal-local-saved"
            message={tx('localSaved', { version: outcome.version })}
            description={
              outcome.recomputedCases > 0
                ? tx('recomputed', { n: outcome.recomputedCases })
                : tx('recomputedNone')
            }
          />
        )}
      </div>
      <div className="cal-area-grid">
        <CalendarLegend pending={pending.size > 0} />
        <YearView days={shown} pending={pending} onPick={pick} describePick={describePick} />
      </div>
      <section className="panel cal-area-side" aria-labelledby="cal-local-title" data-testid="cal-local">
        <h2 id="cal-local-title" className="panel-title">
          {tx('local')}
        </h2>
        <p className="cal-help">{tx('localHelp')}</p>
        <h3 className="cal-subtitle">{tx('localEdits')}</h3>
        {pendingList.length === 0 ? (
          <p className="cal-help">{tx('localNone')}</p>
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
                  {tx('undo')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {pendingList.length > 0 && (
          <Form form={form} name="cal-local" layout="vertical" onFinish={(v) => void save(v)} requiredMark>
            <Form.Item
              name="note"
              label={tx('note')}
              rules={[{ required: true, whitespace: true, message: tx('noteRequired') }]}
            >
              <Input.TextArea rows={2} data-testid="cal-local-note" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="cal-local-save">
              {saving ? tx('saving') : tx('save')}
            </Button>
          </Form>
        )}
        {refused ? (
          <NoticeProblems type="error" problems={refused} lines={[]} />
        ) : (
          <ErrorBanner error={error} />
        )}
      </section>
    </div>
  );
}
