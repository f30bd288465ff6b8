import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPolicyQuotes } from './policy-quotes-check.js';
import { checkRuleSources } from './rule-sources-check.js';
import { checkMechanismSchema } from './mechanism-schema-check.js';
import { mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';

const text = `第十条 对咨询类诉求，1个工作日内答复；对专业类诉求，需召集有关部门会商，5个工作日内答复。`;

void test('every form says where its rule comes from', async () => {
  // given a form without x-source and one whose x-source is a bare string
  const { forms } = await minimalBundle();
  delete forms.find((f) => f.key === 'intake')!.schema['x-source'];
  forms.find((f) => f.key === 'handle-request')!.schema['x-source'] = '第十条';
  // when checked / then both forms are named
  assert.deepEqual(
    checkRuleSources({ forms }).map((p) => [p.file, p.path]),
    [
      ['forms/intake.schema.json', '/x-source'],
      ['forms/handle-request.schema.json', '/x-source'],
    ],
  );
});

void test('a policy rule without its quote is refused by the mechanism schema', async () => {
  // given a request class labelled policy with a clause but no quote
  const bundle = await minimalBundle();
  (mechanismOf(bundle).requestClasses[0] as { source: unknown }).source = {
    kind: 'policy',
    clause: '第十条',
  };
  // when checked / then the schema names the source
  assert.ok(
    checkMechanismSchema(bundle.mechanism).some((p) => p.path === '/requestClasses/0/source'),
    'the unquoted policy source is reported',
  );
});

void test('a policy quote must be the exact words of the text; defaults need no text', async () => {
  // given one exact quote, one paraphrase and a platform default
  const bundle = await minimalBundle();
  const [first, second] = mechanismOf(bundle).requestClasses as { source: unknown }[];
  first!.source = { kind: 'policy', clause: '第十条', quote: '对咨询类诉求，1个工作日内答复' };
  second!.source = { kind: 'policy', clause: '第十条', quote: '专业类诉求五个工作日内答复' };
  bundle.forms.find((f) => f.key === 'intake')!.schema['x-source'] = {
    kind: 'policy',
    clause: '第十条',
    quote: '对专业类诉求……5个工作日内答复',
  };
  // when the quotes are checked against the text
  const problems = checkPolicyQuotes(bundle, text, 'policy.txt');
  // then only the paraphrase is reported, with the fragment not found
  assert.deepEqual(
    problems.map((p) => [p.file, p.path, p.reason]),
    [
      [
        'mechanism.json',
        '/requestClasses/1/source/quote',
        'not found in policy.txt: "专业类诉求五个工作日内答复"',
      ],
    ],
  );
});
