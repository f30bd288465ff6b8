import { Alert, Button, Form, Input, type FormInstance } from 'antd';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';
import { refusedDetails } from './notice-lines';
import { NoticeProblems } from './NoticeProblems';

/** Saved: what was saved, and how many open cases got their deadlines recomputed. */
export function SavedAlert({
  message,
  recomputed,
  testId,
}: {
  message: string;
  recomputed: number;
  testId: string;
}) {
  const t = useT();
  return (
    <Alert
      type="success"
      showIcon
      data-testid={testId}
      message={message}
      description={
        recomputed > 0 ? t('calendar.recomputed', { n: recomputed }) : t('calendar.recomputedNone')
      }
    />
  );
}

export interface NoteFormProps {
  form: FormInstance<{ note: string }>;
  name: string;
  saving: boolean;
  onFinish: (values: { note: string }) => void;
  /** Test marks of the note and of the save button. */
  testIds: { note: string; save: string };
  placeholder?: string;
}

/** 说明 (required, e.g. the notice's number) and 保存. */
export function NoteForm({ form, name, saving, onFinish, testIds, placeholder }: NoteFormProps) {
  const t = useT();
  return (
    <Form form={form} name={name} layout="vertical" onFinish={onFinish} requiredMark>
      <Form.Item
        name="note"
        label={t('calendar.note')}
        rules={[{ required: true, whitespace: true, message: t('calendar.noteRequired') }]}
      >
        <Input.TextArea rows={2} placeholder={placeholder} data-testid={testIds.note} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid={testIds.save}>
        {saving ? t('calendar.saving') : t('calendar.save')}
      </Button>
    </Form>
  );
}

/** A refused save's problems (the field or date each names), or the error as a banner. */
export function SaveProblems({ error }: { error: unknown }) {
  const refused = refusedDetails(error);
  return refused ? (
    <NoticeProblems type="error" problems={refused} lines={[]} />
  ) : (
    <ErrorBanner error={error} />
  );
}
