import { Input, InputNumber, Select, Space, Switch } from 'antd';
import type { JsonValue } from '../../../api/definition-types';
import { useT } from '../../../i18n';
import { KeyInput } from '../settings/KeyInput';
import { MoveButtons } from '../settings/MoveButtons';
import { SourceTag } from '../settings/SourceTag';
import { fieldTypes, type Field } from './field-model';
import { OptionList } from './OptionList';

interface Props {
  field: Field;
  index: number;
  last: boolean;
  /** Keys of the other fields (a renamed key must stay unique). */
  otherKeys: string[];
  source: JsonValue | undefined;
  onChange: (f: Field) => void;
  onRename: (key: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

const keyPattern = /^[A-Za-z][A-Za-z0-9_]*$/;
const hasOptions = (f: Field) => f.type === 'enum' || f.type === 'choices';
const isText = (f: Field) => f.type === 'string' || f.type === 'textarea';

/** One field: its title, type (in words), required switch and options; the key and format under 高级. */
export function FieldRow({
  field,
  index,
  last,
  otherKeys,
  source,
  onChange,
  onRename,
  onMove,
  onRemove,
}: Props) {
  const t = useT();
  const id = `field-${index}`;
  const set = (patch: Partial<Field>) => onChange({ ...field, ...patch });
  const name = field.title || t('admin.untitled');
  const types = fieldTypes.filter((ty) => ty !== 'other' || field.type === 'other');
  return (
    <fieldset className="admin-field" data-testid={`form-field-${field.name}`}>
      <legend className="visually-hidden">{name}</legend>
      <div className="admin-field-grid">
        <label htmlFor={`${id}-title`}>{t('admin.fieldTitle')}</label>
        <Space.Compact className="admin-field-title">
          <Input
            id={`${id}-title`}
            value={field.title}
            onChange={(e) => set({ title: e.target.value })}
            data-testid={`field-title-${index}`}
          />
        </Space.Compact>
        <label htmlFor={`${id}-type`}>{t('admin.fieldType')}</label>
        <Select
          id={`${id}-type`}
          value={field.type}
          disabled={field.type === 'other'}
          onChange={(type) => set({ type })}
          options={types.map((ty) => ({ value: ty, label: t(`admin.type.${ty}`) }))}
          data-testid={`field-type-${index}`}
        />
        {hasOptions(field) && (
          <>
            <span>{t('admin.options')}</span>
            <OptionList id={id} options={field.options} onChange={(options) => set({ options })} />
          </>
        )}
      </div>
      <Space wrap>
        <Switch
          checked={field.required}
          onChange={(required) => set({ required })}
          aria-label={`${t('admin.required')} ${name}`}
          data-testid={`field-required-${index}`}
        />
        <span aria-hidden>{t('admin.required')}</span>
        <SourceTag source={source} />
        <MoveButtons name={name} first={index === 0} last={last} onMove={onMove} onRemove={onRemove} />
      </Space>
      <details className="admin-advanced">
        <summary>{t('admin.advanced')}</summary>
        <div className="admin-field-grid">
          <KeyInput
            id={`${id}-name`}
            label={t('admin.fieldKey')}
            value={field.name}
            problem={(k) =>
              !keyPattern.test(k)
                ? t('admin.fieldKeyInvalid')
                : otherKeys.includes(k)
                  ? t('admin.fieldKeyTaken')
                  : null
            }
            onRename={onRename}
          />
          {isText(field) && (
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
      </details>
    </fieldset>
  );
}
