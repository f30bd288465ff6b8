import { useT } from '../../../i18n';
import { Alert, Button, Card, Input, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import type { DefinitionProblem, FormFile, JsonObject, JsonValue } from '../../../api/definition-types';
import { EditorNav } from '../EditorNav';
import { fileProblems } from '../problems';
import { ProblemList } from '../ProblemList';
import type { Draft } from '../use-draft';
import { SourceTag } from '../settings/SourceTag';
import { ConditionList } from './ConditionList';
import { applyFields, fieldsOf, newField, renameField, type Field } from './field-model';
import { FieldRow } from './FieldRow';
import { applyConditions, conditionsOf, type Condition } from './form-conditions';
import { FormPreview } from './FormPreview';

const titleOf = (f: FormFile) => (typeof f.schema.title === 'string' && f.schema.title) || f.key;

/** 表单编辑: pick a form by its title; edit its fields and conditions (or its raw JSON); see it live. */
export function FormEditor({ draft, problems }: { draft: Draft; problems: DefinitionProblem[] }) {
  const t = useT();
  const forms = draft.value.forms;
  const [key, setKey] = useState(forms[0]?.key ?? '');
  const form = forms.find((f) => f.key === key);
  return (
    <div className="admin-settings">
      <EditorNav
        label={t('admin.formList')}
        selected={key}
        onSelect={setKey}
        items={forms.map((f) => ({
          key: f.key,
          label: <span data-testid={`form-${f.key}`}>{titleOf(f)}</span>,
        }))}
      />
      {form && (
        <OneForm
          key={form.key}
          form={form}
          onChange={draft.setForm}
          problems={fileProblems(problems, `forms/${form.key}.schema.json`)}
        />
      )}
    </div>
  );
}

function OneForm({
  form,
  onChange,
  problems,
}: {
  form: FormFile;
  onChange: (f: FormFile) => void;
  problems: DefinitionProblem[];
}) {
  const t = useT();
  const fields = useMemo(() => fieldsOf(form.schema, form.ui), [form]);
  const conditions = useMemo(() => conditionsOf(form.schema), [form]);
  const props = (form.schema.properties ?? {}) as Record<string, { 'x-source'?: JsonValue }>;
  const setFields = (next: Field[]) =>
    onChange({ key: form.key, ...applyFields(form.schema, form.ui, next) });
  const setConditions = (next: Condition[]) =>
    onChange({ ...form, schema: applyConditions(form.schema, next) });
  const rename = (from: string, to: string) => {
    const renamed = renameField(form.schema, form.ui, from, to);
    const follow = (c: Condition): Condition =>
      c.editable
        ? { ...c, when: c.when === from ? to : c.when, fields: c.fields.map((f) => (f === from ? to : f)) }
        : c;
    const schema = applyConditions(renamed.schema, conditionsOf(renamed.schema).map(follow));
    onChange({ key: form.key, schema, ui: renamed.ui });
  };
  const move = (i: number, d: -1 | 1) => {
    const next = [...fields];
    const [f] = next.splice(i, 1);
    next.splice(i + d, 0, f!);
    setFields(next);
  };
  return (
    <div className="admin-form-edit">
      <ProblemList problems={problems} testId="form-problems" />
      <SourceTag source={form.schema['x-source']} />
      <div className="columns columns-even">
        <Tabs
          items={[
            {
              key: 'fields',
              label: t('admin.formFields'),
              children: (
                <div data-testid="field-list">
                  {fields.map((f, i) => (
                    <FieldRow
                      key={`${i}-${f.name}`}
                      field={f}
                      index={i}
                      last={i === fields.length - 1}
                      otherKeys={fields.filter((_, j) => j !== i).map((x) => x.name)}
                      source={props[f.name]?.['x-source']}
                      onRename={(to) => rename(f.name, to)}
                      onChange={(nf) => setFields(fields.map((x, j) => (j === i ? nf : x)))}
                      onMove={(d) => move(i, d)}
                      onRemove={() => setFields(fields.filter((_, j) => j !== i))}
                    />
                  ))}
                  <Button
                    onClick={() => setFields([...fields, newField(fields.map((f) => f.name))])}
                    data-testid="add-field"
                  >
                    {t('admin.addField')}
                  </Button>
                </div>
              ),
            },
            {
              key: 'conditions',
              label: (
                <span data-testid="form-tab-conditions">{`${t('admin.conditions')} (${conditions.length})`}</span>
              ),
              children: <ConditionList fields={fields} conditions={conditions} onChange={setConditions} />,
            },
            { key: 'json', label: t('admin.rawJson'), children: <RawJson form={form} onChange={onChange} /> },
          ]}
        />
        <Card title={t('admin.preview')} size="small">
          <FormPreview schema={form.schema} ui={form.ui} />
        </Card>
      </div>
    </div>
  );
}

function RawJson({ form, onChange }: { form: FormFile; onChange: (f: FormFile) => void }) {
  const t = useT();
  const [text, setText] = useState(() => JSON.stringify({ schema: form.schema, ui: form.ui }, null, 2));
  const [error, setError] = useState<string | null>(null);
  function apply() {
    try {
      const parsed = JSON.parse(text) as { schema?: JsonObject; ui?: JsonObject };
      if (!parsed.schema || typeof parsed.schema !== 'object')
        throw new Error('{ "schema": {…}, "ui": {…} }');
      onChange({ key: form.key, schema: parsed.schema, ui: parsed.ui ?? {} });
      setError(null);
    } catch (e) {
      setError(`${t('admin.invalidJson')}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return (
    <div>
      <label htmlFor="raw-json" className="visually-hidden">
        {t('admin.rawJson')}
      </label>
      <Input.TextArea
        id="raw-json"
        className="admin-code"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 12, maxRows: 30 }}
      />
      {error && <Alert type="error" title={error} role="alert" />}
      <Button onClick={apply} data-testid="apply-json">
        {t('admin.applyJson')}
      </Button>
    </div>
  );
}
