import { useT } from '../../../i18n';
import { Input, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';

interface Props {
  version: number;
  onCancel: () => void;
  onConfirm: (note: string) => Promise<void>;
}

/** 回滚确认: publishing an old version again needs a note like any publication. */
export function RollbackDialog({ version, onCancel, onConfirm }: Props) {
  const t = useT();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t('admin.rollbackTitle', { version })}
      okText={t('admin.rollbackConfirm')}
      cancelText={t('admin.cancel')}
      onCancel={onCancel}
      onOk={() => {
        setBusy(true);
        void onConfirm(note.trim()).finally(() => setBusy(false));
      }}
      okButtonProps={
        { disabled: !note.trim(), loading: busy, 'data-testid': 'rollback-confirm' } as ButtonProps
      }
    >
      <Typography.Paragraph>{t('admin.rollbackHint', { version })}</Typography.Paragraph>
      <Typography.Text strong>
        <label htmlFor="rollback-note">{t('admin.noteLabel')}</label>
      </Typography.Text>
      <Input.TextArea
        id="rollback-note"
        data-testid="rollback-note"
        rows={2}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </Modal>
  );
}
