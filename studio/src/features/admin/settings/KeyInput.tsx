import { Input } from 'antd';
import { useState } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  /** The message when the text is not a usable key, or null when it is. */
  problem: (text: string) => string | null;
  onRename: (key: string) => void;
}

/**
 * An id others refer to (a field's key, a tier's id), under 高级: changed on leaving the box when
 * usable, the reason in place (in Chinese) when not.
 */
export function KeyInput({ id, label, value, problem, onRename }: Props) {
  const [text, setText] = useState(value);
  const error = problem(text);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        <Input
          id={id}
          value={text}
          status={error ? 'error' : undefined}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => !error && text !== value && onRename(text)}
        />
        {error && (
          <div id={`${id}-error`} className="admin-error" role="alert">
            {error}
          </div>
        )}
      </div>
    </>
  );
}
