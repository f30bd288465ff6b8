import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DefinitionError } from '../../common/errors.js';
import { assertValidDefinition, validateDefinition } from './index.js';
import { editXml, mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';

void test('the valid fixture yields no problems and passes the gate typed', async () => {
  // given the minimal fixture
  const bundle = await minimalBundle();
  // when validated / then there is nothing to report and the bundle comes back as a DefinitionBundle
  assert.deepEqual(await validateDefinition(bundle), []);
  assert.equal((await assertValidDefinition(bundle)).mechanism.caseProcess, 'minimal-case');
});

void test('a schema-invalid mechanism skips the checks that would read it', async () => {
  // given a mechanism without groups and a BPMN task naming a group no mechanism defines
  const bundle = editXml(await minimalBundle(), 'candidateGroups="front-desk"', 'candidateGroups="anyone"');
  delete (bundle.mechanism as Partial<Record<string, unknown>>)['groups'];
  // when validated
  const problems = await validateDefinition(bundle);
  // then only the schema problem is reported, not the dangling references it causes
  assert.deepEqual(
    problems.map((p) => [p.file, p.path, p.reason]),
    [['mechanism.json', '', "must have required property 'groups'"]],
  );
});

void test('the gate throws a DefinitionError whose details locate file, element and JSON path', async () => {
  // given a misspelt job type and an unknown escalation tier
  const bundle = editXml(await minimalBundle(), 'type="sla.deadline"', 'type="sla.deadlin"');
  mechanismOf(bundle).reminder!.escalateToTier = 'province';
  // when the gate is passed
  const error = await assertValidDefinition(bundle).then(
    () => null,
    (e: unknown) => e,
  );
  // then both errors are in the details, located
  assert.ok(error instanceof DefinitionError);
  assert.equal(error.code, 'invalid_definition');
  assert.deepEqual(
    error.details.map((d) => d.path),
    ['mechanism.json/reminder/escalateToTier', 'processes/minimal-case.bpmn#Task_Classify'],
  );
});

void test('warnings do not fail the gate', async () => {
  // given a form schema that strict Ajv only warns about: a string keyword without its type
  const bundle = await minimalBundle();
  const intake = bundle.forms.find((f) => f.key === 'intake')!;
  intake.schema['properties'] = {
    ...(intake.schema['properties'] as object),
    contactPhone: { maxLength: 20 },
  };
  // when validated and gated
  const problems = await validateDefinition(bundle);
  // then the notice is a warning on the form file and the gate passes
  assert.deepEqual(
    problems.map((p) => [p.file, p.severity]),
    [['forms/intake.schema.json', 'warning']],
  );
  assert.match(problems[0]?.reason ?? '', /missing type "string" for keyword "maxLength"/);
  await assertValidDefinition(bundle);
});
