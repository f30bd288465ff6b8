import { useT } from '../../../i18n';
import { Modal, Typography, type ButtonProps } from 'antd';
import { NoteField } from '../../../components/NoteField';
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
      <NoteField action="rollback" value={note} onChange={setNote} />
    </Modal>
  );
}
