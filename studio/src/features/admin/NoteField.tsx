import { Input, Typography } from 'antd';

export interface NoteFieldProps {
  /** The textarea's id and test id (`publish-note`, `rollback-note`, `migration-note`). */
  id: string;
  label: string;
  placeholder?: string;
  value: string;
  onChange: (note: string) => void;
}

/** The note an audit needs on 发布, 回滚 and 迁移: a labelled textarea of at most 500 characters. */
export function NoteField({ id, label, placeholder, value, onChange }: NoteFieldProps) {
  return (
    <>
      <Typography.Text strong>
        <label htmlFor={id}>{label}</label>
      </Typography.Text>
      <Input.TextArea
        id={id}
        data-testid={id}
        rows={2}
        maxLength={500}
        showCount
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
