/**
 * The studio's form editor edits fields and conditions without JSON (issue 16): a condition such as
 * "当 审查结论 为 受理 时，诉求类别 必填" becomes the JSON Schema `if`/`then` the runtime's forms read, and
 * every shipped form opened and saved without an edit comes back as exactly the same JSON.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RJSFSchema } from '@rjsf/utils';
import type { JsonObject } from '../../studio/src/features/admin/forms/form-json.js';
import { inapplicableFields } from '../../studio/src/forms/conditional-fields.js';
import { schemaErrors, type Schema } from '../../studio/src/forms/schema-check.js';
import {
  applyConditions,
  conditionSchema,
  conditionsOf,
  readCondition,
  type Condition,
} from '../../studio/src/features/admin/forms/form-conditions.js';
import { applyFields, fieldsOf, renameField } from '../../studio/src/features/admin/forms/field-model.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonObject;

function shippedForms(): { path: string; schema: JsonObject; ui: JsonObject }[] {
  return readdirSync('definitions').flatMap((j) => {
    const dir = join('definitions', j, 'forms');
    if (!existsSync(dir)) return [];
    const names = readdirSync(dir).filter((n) => n.endsWith('.schema.json'));
    return names.map((n) => ({
      path: join(dir, n),
      schema: read(join(dir, n)),
      ui: read(join(dir, n.replace('.schema.json', '.ui.json'))),
    }));
  });
}

/** What the editor writes back when the person opens a form and saves it without an edit. */
function openAndSave(schema: JsonObject, ui: JsonObject) {
  const fields = applyFields(schema, ui, fieldsOf(schema, ui));
  return { schema: applyConditions(fields.schema, conditionsOf(fields.schema)), ui: fields.ui };
}

test('given every shipped form, when it is loaded and saved with no edits, then its JSON is identical', () => {
  // Given every form under definitions/
  const forms = shippedForms();
  assert.ok(forms.length >= 40, `found ${forms.length} forms`);
  for (const { path, schema, ui } of forms) {
    // When it goes through the field list and the condition list unchanged
    const saved = openAndSave(schema, ui);
    // Then not one byte of the schema or the UI schema differs (key order included)
    assert.equal(JSON.stringify(saved.schema), JSON.stringify(schema), path);
    assert.equal(JSON.stringify(saved.ui), JSON.stringify(ui), path);
  }
});

test('given the shipped conditions, when they are read, then every single-choice condition is editable', () => {
  // Given the conditions of every shipped form
  const all = shippedForms().flatMap((f) => conditionsOf(f.schema).map((c) => ({ c, path: f.path })));
  // Then those that test one field's value and require fields are editable without JSON
  const editable = all.filter(({ c }) => c.editable);
  assert.ok(editable.length >= 25, `${editable.length} of ${all.length}`);
  // and what cannot be expressed (湖州's "no unit when 不予派单") is kept, read-only
  const opaque = all.filter(({ c }) => !c.editable).map(({ path }) => path);
  assert.ok(
    opaque.every((p) => p.includes('huzhou')),
    opaque.join(', '),
  );
});

test('given "当 审查结论 为 受理 时，诉求类别 必填", when converted, then it is the runtime if/then and back', () => {
  // Given the condition as the editor holds it
  const c: Condition = {
    when: 'decision',
    is: ['accept'],
    effect: 'required',
    fields: ['requestClass'],
    editable: true,
  };
  // When it becomes JSON Schema
  const entry = conditionSchema(c);
  // Then it is the `if`/`then` the runtime reads, and reading it back gives the same condition
  assert.deepEqual(entry, {
    if: { properties: { decision: { const: 'accept' } }, required: ['decision'] },
    then: { required: ['requestClass'] },
  });
  const back = readCondition(entry);
  assert.deepEqual({ ...back, raw: undefined }, { ...c, raw: undefined });
});

test('given a condition with two values that only shows a field, when converted, then enum and then.properties', () => {
  // Given "当 诉求类别 为 专业类 或 综合类 时，会商部门 显示"
  const c: Condition = {
    when: 'requestClass',
    is: ['professional', 'comprehensive'],
    effect: 'shown',
    fields: ['consultDepartments'],
    editable: true,
  };
  // When converted and read back
  const entry = conditionSchema(c);
  assert.deepEqual(entry, {
    if: {
      properties: { requestClass: { enum: ['professional', 'comprehensive'] } },
      required: ['requestClass'],
    },
    then: { properties: { consultDepartments: {} } },
  });
  // Then it round-trips
  assert.deepEqual({ ...readCondition(entry), raw: undefined }, { ...c, raw: undefined });
});

test('given the review form, when a condition is added in the editor, then the form asks for the field only when it applies', () => {
  // Given jiaxing-etdz's 受理审查 form (第七条)
  const review = read('definitions/jiaxing-etdz/forms/review.schema.json');
  // When the admin adds "当 审查结论 为 受理 时，主办部门 必填"
  const added: Condition = {
    when: 'decision',
    is: ['accept'],
    effect: 'required',
    fields: ['leadDepartment'],
    editable: true,
  };
  const schema = applyConditions(review, [...conditionsOf(review), added]) as RJSFSchema;
  // Then the existing two conditions are kept as they were and the new one is appended
  assert.deepEqual((schema.allOf as unknown[]).slice(0, 2), review.allOf);
  // and 主办部门 is hidden before 受理, required after it
  assert.ok(inapplicableFields(schema, {}).includes('leadDepartment'));
  const missing = schemaErrors(schema as Schema, { decision: 'accept', requestClass: 'consult' })
    .filter((e) => e.keyword === 'required')
    .map((e) => e.params.missingProperty);
  assert.deepEqual(missing, ['leadDepartment']);
});

test('given a form, when its last condition is removed, then no empty allOf is left', () => {
  const review = read('definitions/jiaxing-etdz/forms/review.schema.json');
  assert.equal('allOf' in applyConditions(review, []), false);
});

test('given a field renamed in the advanced area, when saved, then property, required, order and UI follow', () => {
  // Given the review form
  const schema = read('definitions/jiaxing-etdz/forms/review.schema.json');
  const ui = read('definitions/jiaxing-etdz/forms/review.ui.json');
  // When 审查结论's key becomes "verdict"
  const renamed = renameField(schema, ui, 'decision', 'verdict');
  // Then it stays first with its options, required and radio buttons
  assert.equal(Object.keys(renamed.schema.properties as JsonObject)[0], 'verdict');
  assert.deepEqual(renamed.schema.required, ['verdict']);
  assert.equal((renamed.ui['ui:order'] as string[])[0], 'verdict');
  assert.equal(fieldsOf(renamed.schema, renamed.ui)[0]?.options[0]?.label, '受理');
});

test('given a new option and a type change, when applied, then the field is rewritten and others kept', () => {
  // Given the review form
  const schema = read('definitions/jiaxing-etdz/forms/review.schema.json');
  const ui = read('definitions/jiaxing-etdz/forms/review.ui.json');
  const fields = fieldsOf(schema, ui);
  // When 审查意见 becomes a one-line text and 不予受理理由 gains an option
  const next = fields.map((f) =>
    f.name === 'reviewNote'
      ? { ...f, type: 'string' as const }
      : f.name === 'refusalReason'
        ? { ...f, options: [...f.options, { value: 'duplicate', label: '重复诉求' }] }
        : f,
  );
  const out = applyFields(schema, ui, next);
  const props = out.schema.properties as Record<string, JsonObject>;
  // Then the changes are written in the form's own style
  assert.equal((out.ui.reviewNote as JsonObject | undefined)?.['ui:widget'], undefined);
  assert.deepEqual(props.refusalReason?.enum, ['out-of-scope', 'unlawful', 'judicial-petition', 'duplicate']);
  assert.deepEqual((out.ui.refusalReason as JsonObject)['ui:enumNames'], [
    '超出范围',
    '违法违规',
    '司法信访',
    '重复诉求',
  ]);
  // and a field not touched (主办部门, options as oneOf with x-source) is exactly as before
  assert.deepEqual(props.leadDepartment, (schema.properties as JsonObject).leadDepartment);
});
