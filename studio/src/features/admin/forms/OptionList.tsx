import { Button, Input } from 'antd';
import { useT } from '../../../i18n';
import type { Field } from './field-model';

type Option = Field['options'][number];

/** A value for a new option, unique among the others (the person sees and edits the name). */
function newValue(options: Option[]): string {
  let n = options.length + 1;
  while (options.some((o) => o.value === `option${n}`)) n += 1;
  return `option${n}`;
}

/** The options of a choice field as a list: a name per row, the stored value beside it, add / remove. */
export function OptionList({
  id,
  options,
  onChange,
}: {
  id: string;
  options: Option[];
  onChange: (o: Option[]) => void;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<Option>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <div className="admin-options" data-testid={`${id}-options`}>
      {options.map((o, i) => (
        <div key={i} className="admin-option">
          <Input
            value={o.label}
            aria-label={`${t('admin.optionLabel')} ${i + 1}`}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <Input
            value={o.value}
            className="admin-option-value"
            aria-label={`${t('admin.optionValue')} ${i + 1}`}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <Button size="small" danger onClick={() => onChange(options.filter((_, j) => j !== i))}>
            {t('admin.remove')}
          </Button>
        </div>
      ))}
      <Button size="small" onClick={() => onChange([...options, { value: newValue(options), label: '' }])}>
        {t('admin.addOption')}
      </Button>
    </div>
  );
}
