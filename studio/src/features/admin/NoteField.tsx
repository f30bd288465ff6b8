import { Input, Typography } from 'antd';
import { useT, type MessageKey } from '../../i18n';

export type NoteAction = 'publish' | 'rollback' | 'migration';

/** What each note is for: its label and its example (the textarea's id is `<action>-note`). */
const notes: Record<NoteAction, { label: MessageKey; placeholder?: MessageKey }> = {
  publish: { label: 'admin.noteLabel', placeholder: 'admin.notePlaceholder' },
  rollback: { label: 'admin.noteLabel' },
  migration: { label: 'admin.migrateNoteLabel', placeholder: 'admin.migrateNotePlaceholder' },
};

export interface NoteFieldProps {
  action: NoteAction;
  value: string;
  onChange: (note: string) => void;
}

/** The note an audit needs on 发布, 回滚 and 迁移: a labelled textarea of at most 500 characters. */
export function NoteField({ action, value, onChange }: NoteFieldProps) {
  const t = useT();
  const id = `${action}-note`;
  const { label, placeholder } = notes[action];
  return (
    <>
      <Typography.Text strong>
        <label htmlFor={id}>{t(label)}</label>
      </Typography.Text>
      <Input.TextArea
        id={id}
        data-testid={id}
        rows={2}
        maxLength={500}
        showCount
        placeholder={placeholder && t(placeholder)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
