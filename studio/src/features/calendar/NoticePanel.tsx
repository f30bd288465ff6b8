import { useT } from '../../i18n';
import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { calendarApi } from '../../api/calendar-client';
import type { CalendarPreview, CalendarSaved } from '../../api/calendar-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilePicker } from '../../components/FilePicker';
import { refusedDetails } from './notice-lines';
import { NoticeProblems } from './NoticeProblems';
import { SaveNotice } from './SaveNotice';

/** A field's label (`<id>-label`, for `control` when it is a plain control) and its help (`<id>-help`). */
function FieldHead({
  id,
  control,
  label,
  help,
}: {
  id: string;
  control?: string;
  label: string;
  help: string;
}) {
  return (
    <>
      <label id={`${id}-label`} htmlFor={control} className="cal-field-label">
        {label}
      </label>
      <p id={`${id}-help`} className="cal-help">
        {help}
      </p>
    </>
  );
}

export interface NoticePanelProps {
  year: number;
  preview: CalendarPreview | null;
  onPreview: (preview: CalendarPreview | null) => void;
  onSaved: (saved: CalendarSaved) => void;
}

/** 录入通知: the notice's lines or a file → preview (changed days, warnings by line) → save. */
export function NoticePanel({ year, preview, onPreview, onSaved }: NoticePanelProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The lines the last preview or refusal was about (a file has none: its rows are quoted by number). */
  const [lines, setLines] = useState<string[]>([]);
  const [previewedText, setPreviewedText] = useState<string | null>(null);

  const run = async (kind: 'preview' | 'import', call: () => Promise<CalendarPreview>, at: string[]) => {
    setBusy(kind);
    setError(null);
    setLines(at);
    try {
      onPreview(await call());
    } catch (e) {
      onPreview(null);
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const previewText = () => {
    if (!text.trim()) return setError(new Error(t('calendar.emptyNotice')));
    setPreviewedText(text);
    setFileName(null);
    void run('preview', () => calendarApi.previewNotice(year, text), text.split('\n'));
  };
  const importFile = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setPreviewedText(null);
    void run('import', () => calendarApi.importFile(year, file), []);
  };
  const refused = refusedDetails(error);
  const stale = preview !== null && previewedText !== null && previewedText !== text;
  return (
    <section className="panel cal-notice" aria-labelledby="cal-notice-title" data-testid="cal-notice">
      <h2 id="cal-notice-title" className="panel-title">
        {t('calendar.notice')}
      </h2>
      <FieldHead
        id="cal-notice"
        control="cal-notice-text"
        label={t('calendar.noticeLabel')}
        help={t('calendar.noticeHelp')}
      />
      <Input.TextArea
        id="cal-notice-text"
        aria-describedby="cal-notice-help"
        autoSize={{ minRows: 6, maxRows: 16 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('calendar.noticePlaceholder')}
        data-testid="cal-notice-text"
      />
      <div className="cal-actions">
        <Button type="primary" onClick={previewText} loading={busy === 'preview'} data-testid="cal-preview">
          {busy === 'preview' ? t('calendar.previewing') : t('calendar.preview')}
        </Button>
      </div>
      <div className="cal-import">
        <FieldHead id="cal-import" label={t('calendar.importFile')} help={t('calendar.importHelp')} />
        <FilePicker
          id="cal-import-file"
          accept=".xlsx,.csv,.ics"
          disabled={busy !== null}
          fileName={busy === 'import' ? t('calendar.importing') : fileName}
          describedBy="cal-import-label cal-import-help"
          onPick={importFile}
        />
      </div>
      {refused ? (
        <NoticeProblems type="error" problems={refused} lines={lines} />
      ) : (
        <ErrorBanner error={error} />
      )}
      {preview && <NoticeProblems type="warning" problems={preview.warnings} lines={lines} />}
      {stale && (
        <Alert type="info" showIcon message={t('calendar.previewStale')} data-testid="cal-preview-stale" />
      )}
      {preview && !stale && <SaveNotice year={year} preview={preview} onSaved={onSaved} />}
    </section>
  );
}
