import { useT } from '../../../i18n';
import { Button, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { fieldTypes, type Field } from './field-model';

interface Props {
  field: Field;
  index: number;
  last: boolean;
  onChange: (f: Field) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

const optionsText = (f: Field) => f.options.map((o) => `${o.value}=${o.label}`).join('\n');
const parseOptions = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [value = '', ...rest] = l.split('=');
      return { value: value.trim(), label: rest.join('=').trim() || value.trim() };
    });

/** One field of the list editor: name, label, type, required, options / pattern / max length. */
export function FieldRow({ field, index, last, onChange, onMove, onRemove }: Props) {
  const t = useT();
  const id = `field-${index}`;
  const set = (patch: Partial<Field>) => onChange({ ...field, ...patch });
  return (
    <fieldset className="admin-field" data-testid={`form-field-${field.name}`}>
      <legend className="visually-hidden">{field.title || field.name}</legend>
      <div className="admin-field-grid">
        <label htmlFor={`${id}-name`}>{t('admin.fieldName')}</label>
        <Input id={`${id}-name`} value={field.name} onChange={(e) => set({ name: e.target.value })} />
        <label htmlFor={`${id}-title`}>{t('admin.fieldLabel')}</label>
        <Input id={`${id}-title`} value={field.title} onChange={(e) => set({ title: e.target.value })} />
        <label htmlFor={`${id}-type`}>{t('admin.fieldType')}</label>
        <Select
          id={`${id}-type`}
          value={field.type}
          onChange={(type) => set({ type })}
          options={fieldTypes.map((t) => ({ value: t, label: t }))}
        />
        {field.type === 'enum' && (
          <>
            <label htmlFor={`${id}-options`}>{t('admin.options')}</label>
            <Input.TextArea
              id={`${id}-options`}
              defaultValue={optionsText(field)}
              autoSize={{ minRows: 2 }}
              onBlur={(e) => set({ options: parseOptions(e.target.value) })}
            />
          </>
        )}
        {(field.type === 'string' || field.type === 'textarea') && (
          <>
            <label htmlFor={`${id}-pattern`}>{t('admin.pattern')}</label>
            <Input
              id={`${id}-pattern`}
              value={field.pattern}
              onChange={(e) => set({ pattern: e.target.value })}
            />
            <label htmlFor={`${id}-max`}>{t('admin.maxLength')}</label>
            <InputNumber
              id={`${id}-max`}
              min={1}
              value={field.maxLength}
              onChange={(v) => set({ maxLength: typeof v === 'number' ? v : null })}
            />
          </>
        )}
      </div>
      <Space>
        <Checkbox checked={field.required} onChange={(e) => set({ required: e.target.checked })}>
          {t('admin.required')}
        </Checkbox>
        <Button
          size="small"
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={`${t('admin.moveUp')} ${field.name}`}
        >
          ↑
        </Button>
        <Button
          size="small"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={`${t('admin.moveDown')} ${field.name}`}
        >
          ↓
        </Button>
        <Button size="small" danger onClick={onRemove}>
          {t('admin.remove')}
        </Button>
      </Space>
    </fieldset>
  );
}
