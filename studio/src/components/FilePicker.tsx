import { forwardRef } from 'react';
import { useT } from '../i18n';

export interface FilePickerProps {
  /** The input's id and test id. */
  id: string;
  accept: string;
  disabled?: boolean;
  /** The picked file's name; none (the default): "no file chosen". */
  fileName?: string | null;
  describedBy?: string;
  onPick: (file: File | undefined) => void;
}

/**
 * A file input whose button and "no file" text follow the interface language (the browser's own
 * input speaks the operating system's). The real input stays focusable and keeps its label.
 */
export const FilePicker = forwardRef<HTMLInputElement, FilePickerProps>(function FilePicker(props, ref) {
  const t = useT();
  return (
    <span className="file-picker">
      <input
        ref={ref}
        id={props.id}
        type="file"
        className="visually-hidden file-input"
        accept={props.accept}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onPick(e.target.files?.[0])}
        data-testid={props.id}
      />
      <label htmlFor={props.id} className="btn btn-small">
        {t('common.chooseFile')}
      </label>{' '}
      <span className="muted">{props.fileName ?? t('common.noFile')}</span>
    </span>
  );
});
