import { Button, Popconfirm, type ButtonProps } from 'antd';
import { useT } from '../i18n';

export interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick'> {
  /** What the person confirms, e.g. 确认退回该任务？ */
  question: string;
  onConfirm: () => void;
  testId: string;
}

/** A consequential action (退回, 改派, 批准延期, 督办…): asks once before it acts. */
export function ConfirmButton({ question, onConfirm, testId, children, ...button }: ConfirmButtonProps) {
  const t = useT();
  return (
    <Popconfirm
      title={question}
      okText={t('confirm.yes')}
      cancelText={t('task.cancel')}
      okButtonProps={{ 'data-testid': `${testId}-confirm` } as ButtonProps}
      onConfirm={onConfirm}
    >
      <Button {...button} data-testid={testId}>
        {children}
      </Button>
    </Popconfirm>
  );
}
