import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFormSchemas } from './form-schema-check.js';
import { minimalBundle } from './fixtures/minimal-bundle.js';

void test('the fixture forms compile', async () => {
  // given the minimal fixture / when its forms are checked / then nothing is reported
  assert.deepEqual(checkFormSchemas((await minimalBundle()).forms), []);
});

void test('a schema strict Ajv refuses is an error on its file', async () => {
  // given a form schema with a misspelt keyword and an unknown format
  const { forms } = await minimalBundle();
  const intake = forms.find((f) => f.key === 'intake')!;
  intake.schema['requierd'] = ['creditCode'];
  // when checked
  const problems = checkFormSchemas(forms);
  // then the schema file is named
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, 'forms/intake.schema.json');
  assert.match(problems[0]?.reason ?? '', /^invalid JSON Schema: .*requierd/);
});

void test('a form describes an object and its ui file is an object', async () => {
  // given a form schema of a string, and a ui file holding an array
  const { forms } = await minimalBundle();
  const handle = forms.find((f) => f.key === 'handle-request')!;
  handle.schema = { type: 'string' };
  Object.assign(handle, { ui: [] });
  // when checked
  const problems = checkFormSchemas(forms).map((p) => [p.file, p.path, p.reason]);
  // then both are reported
  assert.deepEqual(problems, [
    ['forms/handle-request.schema.json', '/type', 'a form schema must have type "object"'],
    ['forms/handle-request.ui.json', undefined, 'must be a JSON object'],
  ]);
});

void test('a pattern RE2 cannot run (backreference, lookaround) is refused at its field, in Chinese', async () => {
  // given an intake form whose fields use a backreference and a lookahead, and one catastrophic-but-regular pattern
  const { forms } = await minimalBundle();
  const intake = forms.find((f) => f.key === 'intake')!;
  const properties = intake.schema['properties'] as Record<string, Record<string, unknown>>;
  properties['repeated'] = { type: 'string', pattern: '^(a)\\1$' };
  properties['lookahead'] = { type: 'string', pattern: '^(?=.*\\d).+$' };
  properties['nested'] = { type: 'string', pattern: '(a+)+$' };
  // when checked
  const problems = checkFormSchemas(forms);
  // then the two are refused at their pointers; the regular one (linear in RE2) passes
  assert.deepEqual(
    problems.map((p) => [p.file, p.path]),
    [
      ['forms/intake.schema.json', '/properties/repeated/pattern'],
      ['forms/intake.schema.json', '/properties/lookahead/pattern'],
    ],
  );
  assert.match(problems[0]?.reason ?? '', /反向引用/);
  assert.match(problems[1]?.reason ?? '', /环视/);
});
