import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFormConditions } from './form-conditions-check.js';
import { minimalBundle } from './fixtures/minimal-bundle.js';

void test("a form's if/then naming a removed field is refused at the condition", async () => {
  // given a handling form whose condition requires `answer` when answered, and `answer` removed
  const { forms } = await minimalBundle();
  const handle = forms.find((f) => f.key === 'handle-request')!;
  handle.schema['allOf'] = [
    { if: { properties: { answered: { const: true } } }, then: { required: ['answer'] } },
  ];
  assert.deepEqual(checkFormConditions(forms), []);
  delete (handle.schema['properties'] as Record<string, unknown>)['answer'];
  // when checked / then the reference is located, in Chinese
  const problems = checkFormConditions(forms);
  assert.deepEqual(
    problems.map((p) => [p.file, p.path]),
    [['forms/handle-request.schema.json', '/allOf/0/then/required/0']],
  );
  assert.match(problems[0]?.reason ?? '', /不存在的字段“answer”/);
});

void test('dependencies name existing fields on both sides', async () => {
  const { forms } = await minimalBundle();
  const handle = forms.find((f) => f.key === 'handle-request')!;
  handle.schema['dependencies'] = { answeredOn: ['answer', 'signature'] };
  assert.deepEqual(
    checkFormConditions(forms).map((p) => p.path),
    ['/dependencies/answeredOn/1'],
  );
});
