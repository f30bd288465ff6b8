import { useT } from '../../i18n';
import { Form, Modal } from 'antd';
import { useState } from 'react';
import { calendarApi } from '../../api/calendar-client';
import type { CalendarPreview, CalendarSaved } from '../../api/calendar-types';
import { NoteForm, SaveProblems } from './SaveParts';

export interface SaveNoticeProps {
  year: number;
  preview: CalendarPreview;
  onSaved: (saved: CalendarSaved) => void;
}

/** 保存: a required change note, then a confirmation naming how many dates change. */
export function SaveNotice({ year, preview, onSaved }: SaveNoticeProps) {
  const t = useT();
  const [form] = Form.useForm<{ note: string }>();
  const [note, setNote] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    if (note === null) return;
    setSaving(true);
    setError(null);
    try {
      const { holidays, workdays } = preview.arrangement;
      const saved = await calendarApi.saveNational(year, { holidays, workdays, note });
      setNote(null);
      form.resetFields();
      onSaved(saved);
    } catch (e) {
      setNote(null);
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="cal-save" data-testid="cal-save-panel">
      <NoteForm
        form={form}
        name="cal-save"
        saving={saving}
        onFinish={(v) => setNote(v.note.trim())}
        testIds={{ note: 'cal-note', save: 'cal-save' }}
        placeholder={t('calendar.notePlaceholder')}
      />
      <SaveProblems error={error} />
      <Modal
        open={note !== null}
        title={t('calendar.confirmTitle', { year })}
        okText={t('calendar.confirmOk')}
        cancelText={t('calendar.cancel')}
        confirmLoading={saving}
        onOk={() => void save()}
        onCancel={() => setNote(null)}
        okButtonProps={{ 'data-testid': 'cal-confirm-ok' }}
      >
        <p data-testid="cal-confirm-body">{t('calendar.confirmBody', { n: preview.changedDates.length })}</p>
      </Modal>
    </div>
  );
}
