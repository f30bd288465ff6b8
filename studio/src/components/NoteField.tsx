import { Input } from 'antd';
import { useT, type MessageKey } from '../i18n';
import { Field } from './Field';

/** The notes people write with an action: an audit's note, a 督办单's instruction, an extension decision's reason. */
export type NoteAction = 'publish' | 'rollback' | 'migration' | 'supervision' | 'extension-decision';

interface Note {
  label: MessageKey;
  placeholder?: MessageKey;
  /** The textarea's id and test id; `<action>-note` when not given. */
  id?: string;
  rows?: number;
  /** The server's limit for the text (platform default 500). */
  maxLength?: number;
}

/** What each note is for: its label, its example, its size and limit. */
const notes: Record<NoteAction, Note> = {
  publish: { label: 'admin.noteLabel', placeholder: 'admin.notePlaceholder' },
  rollback: { label: 'admin.noteLabel' },
  migration: { label: 'admin.migrateNoteLabel', placeholder: 'admin.migrateNotePlaceholder' },
  supervision: { label: 'caseWork.instruction', id: 'order-instruction', rows: 3, maxLength: 2000 },
  'extension-decision': {
    label: 'taskActions.extension.decisionReason',
    id: 'extension-reason',
    maxLength: 1000,
  },
};

export interface NoteFieldProps {
  action: NoteAction;
  value: string;
  onChange: (note: string) => void;
}

/** A note written with an action (发布, 回滚, 迁移, 督办, 延期审批): a labelled textarea with its limit shown. */
export function NoteField({ action, value, onChange }: NoteFieldProps) {
  const t = useT();
  const { label, placeholder, id = `${action}-note`, rows = 2, maxLength = 500 } = notes[action];
  return (
    <Field id={id} label={t(label)}>
      <Input.TextArea
        id={id}
        data-testid={id}
        rows={rows}
        maxLength={maxLength}
        showCount
        placeholder={placeholder && t(placeholder)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
