import { Button } from 'antd';
import { useT } from '../../../i18n';

interface Props {
  /** What the buttons act on, for assistive technology (the field's or tier's name). */
  name: string;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  removeTestId?: string;
}

/** ↑ ↓ 删除 for one entry of an ordered list (form fields, tiers). */
export function MoveButtons({ name, first, last, onMove, onRemove, removeTestId }: Props) {
  const t = useT();
  return (
    <>
      <Button
        size="small"
        disabled={first}
        onClick={() => onMove(-1)}
        aria-label={`${t('admin.moveUp')} ${name}`}
      >
        ↑
      </Button>
      <Button
        size="small"
        disabled={last}
        onClick={() => onMove(1)}
        aria-label={`${t('admin.moveDown')} ${name}`}
      >
        ↓
      </Button>
      <Button size="small" danger onClick={onRemove} data-testid={removeTestId}>
        {t('admin.remove')}
      </Button>
    </>
  );
}
