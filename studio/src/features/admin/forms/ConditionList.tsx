import { Button, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n';
import type { Field } from './field-model';
import { danglingFields, isComplete, type Answer, type Condition } from './form-conditions';

interface Props {
  fields: Field[];
  conditions: Condition[];
  onChange: (c: Condition[]) => void;
}

const blank: Condition = { when: '', is: [], effect: 'required', fields: [], editable: true };

/**
 * 条件, edited as sentences: 当 [审查结论] 为 [受理] 时，[诉求类别] [必填]. A condition takes effect once it
 * is complete; until then it stays here with a message, and the form is not changed.
 */
export function ConditionList({ fields, conditions, onChange }: Props) {
  const t = useT();
  const [rows, setRows] = useState(conditions);
  useEffect(() => setRows(conditions), [conditions]);
  const update = (next: Condition[]) => {
    setRows(next);
    if (next.every((c) => !c.editable || isComplete(c))) onChange(next);
  };
  return (
    <section className="admin-conditions" data-testid="conditions">
      <Typography.Paragraph type="secondary">{t('admin.conditionsHint')}</Typography.Paragraph>
      {rows.map((c, i) =>
        c.editable ? (
          <ConditionRow
            key={i}
            index={i}
            condition={c}
            fields={fields}
            onChange={(nc) => update(rows.map((r, j) => (j === i ? nc : r)))}
            onRemove={() => update(rows.filter((_, j) => j !== i))}
          />
        ) : (
          <div key={i} className="admin-condition" data-testid={`condition-${i}`}>
            <span className="admin-muted">{t('admin.conditionAdvanced')}</span>
            <code className="admin-code">{JSON.stringify(c.raw)}</code>
          </div>
        ),
      )}
      <Button onClick={() => setRows([...rows, blank])} data-testid="add-condition">
        {t('admin.addCondition')}
      </Button>
    </section>
  );
}

function ConditionRow({
  index,
  condition: c,
  fields,
  onChange,
  onRemove,
}: {
  index: number;
  condition: Condition;
  fields: Field[];
  onChange: (c: Condition) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const named = (f: Field) => ({ value: f.name, label: f.title || f.name });
  const choices = fields.filter((f) => f.type === 'enum' || f.type === 'boolean');
  const when = fields.find((f) => f.name === c.when);
  const values: { value: Answer; label: string }[] =
    when?.type === 'boolean'
      ? [
          { value: true, label: t('admin.yes') },
          { value: false, label: t('admin.no') },
        ]
      : (when?.options ?? []).map((o) => ({ value: o.value, label: o.label || o.value }));
  const dangling = danglingFields(
    c,
    fields.map((f) => f.name),
  );
  const id = `condition-${index}`;
  return (
    <div className="admin-condition" data-testid={id}>
      <span>{t('admin.when')}</span>
      <Select
        aria-label={t('admin.conditionField')}
        className="admin-condition-field"
        value={c.when || undefined}
        placeholder={t('admin.conditionField')}
        options={choices.map(named)}
        onChange={(w: string) => onChange({ ...c, when: w, is: [] })}
        data-testid={`${id}-when`}
      />
      <span>{t('admin.is')}</span>
      <Several
        label={t('admin.conditionValues')}
        value={c.is}
        options={values}
        onChange={(is) => onChange({ ...c, is })}
        testId={`${id}-is`}
      />
      <span>{t('admin.thenFields')}</span>
      <Several
        label={t('admin.conditionTargets')}
        value={c.fields}
        options={fields.filter((f) => f.name !== c.when).map(named)}
        onChange={(fs) => onChange({ ...c, fields: fs.map(String) })}
        testId={`${id}-fields`}
      />
      <Select
        aria-label={t('admin.conditionEffect')}
        value={c.effect}
        options={(['required', 'shown'] as const).map((e) => ({ value: e, label: t(`admin.effect.${e}`) }))}
        onChange={(effect: Condition['effect']) => onChange({ ...c, effect })}
        data-testid={`${id}-effect`}
      />
      <Button size="small" danger onClick={onRemove}>
        {t('admin.remove')}
      </Button>
      {!isComplete(c) && (
        <div className="admin-error" role="alert">
          {t('admin.conditionIncomplete')}
        </div>
      )}
      {dangling.length > 0 && (
        <div className="admin-error" role="alert">
          {t('admin.conditionDangling', { fields: dangling.join('、') })}
        </div>
      )}
    </div>
  );
}

/** A multiple choice of the condition (its values, the fields it acts on), named by its label. */
function Several({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: Answer[];
  options: { value: Answer; label: string }[];
  onChange: (v: Answer[]) => void;
  testId: string;
}) {
  return (
    <Select
      mode="multiple"
      aria-label={label}
      className="admin-condition-several"
      value={value as string[]}
      placeholder={label}
      options={options as { value: string; label: string }[]}
      onChange={(v: Answer[]) => onChange(v)}
      data-testid={testId}
    />
  );
}
