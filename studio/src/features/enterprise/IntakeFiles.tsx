import { Button } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { attachmentApi } from '../../api/attachment-client';
import { Field } from '../../components/Field';
import { FilePicker } from '../../components/FilePicker';
import { useErrorText, type BannerError } from '../../components/ErrorBanner';
import { useT } from '../../i18n';

/** The server's reason in words (e.g. 文件内容不是 PNG 文件), else the error's own text. */
const reasonOf = (e: BannerError): string => e.details[0] ?? e.message;

/** One file picked in the intake form and where its upload stands. */
export interface IntakeFile {
  key: number;
  file: File;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: unknown;
}

/**
 * 附件 picked with the request: held until the case exists, then uploaded one by one
 * (POST /cases/:id/attachments); `upload` retries only those not yet done and says whether all are.
 */
export function useIntakeFiles() {
  const [files, setFiles] = useState<IntakeFile[]>([]);
  const next = useRef(0);
  const add = useCallback(
    (file: File) => setFiles((fs) => [...fs, { key: next.current++, file, state: 'waiting' }]),
    [],
  );
  const remove = useCallback((key: number) => setFiles((fs) => fs.filter((f) => f.key !== key)), []);
  const upload = useCallback(
    async (caseId: string): Promise<boolean> => {
      const set = (key: number, change: Partial<IntakeFile>) =>
        setFiles((fs) => fs.map((f) => (f.key === key ? { ...f, ...change } : f)));
      let allDone = true;
      for (const f of files.filter((x) => x.state !== 'done')) {
        set(f.key, { state: 'uploading', error: undefined });
        try {
          await attachmentApi.upload(caseId, f.file);
          set(f.key, { state: 'done' });
        } catch (error) {
          set(f.key, { state: 'failed', error });
          allDone = false;
        }
      }
      return allDone;
    },
    [files],
  );
  return { files, add, remove, upload };
}

export interface IntakeFilesProps {
  files: IntakeFile[];
  /** Picking and removing end once the request is submitted. */
  locked: boolean;
  onAdd: (file: File) => void;
  onRemove: (key: number) => void;
}

/** The intake form's file list: pick several, remove before submitting, each upload's state after. */
export function IntakeFiles({ files, locked, onAdd, onRemove }: IntakeFilesProps) {
  const t = useT();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Field id="intake-file" label={t('submit.files')}>
      {files.length > 0 && (
        <ul className="attachment-list" data-testid="intake-files">
          {files.map((f) => (
            <li key={f.key} data-testid="intake-file-row" data-state={f.state}>
              {f.file.name}{' '}
              <span className={f.state === 'failed' ? 'field-error' : 'muted'}>
                {t(`submit.file.${f.state}`)}
                {f.state === 'failed' && `：${reasonOf(errorText(f.error))}`}
              </span>{' '}
              {!locked && (
                <Button size="small" type="link" onClick={() => onRemove(f.key)}>
                  {t('submit.fileRemove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <FilePicker
          ref={input}
          id="intake-file"
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
          describedBy="intake-file-help"
          onPick={(file) => {
            if (file) onAdd(file);
            if (input.current) input.current.value = '';
          }}
        />
      )}
      <p className="field-help" id="intake-file-help">
        {t('submit.filesHelp')}
      </p>
    </Field>
  );
}
