import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import { readBpmnDocument } from './bpmn-document.js';
import { checkMechanismReferences } from './mechanism-references-check.js';
import { mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';

async function check(
  bundle: RawDefinitionBundle,
  mechanism: Mechanism,
): Promise<[string | undefined, string][]> {
  const documents = await Promise.all(bundle.processes.map(readBpmnDocument));
  const formKeys = new Set(bundle.forms.map((f) => f.key));
  return checkMechanismReferences(mechanism, { jurisdiction: bundle.jurisdiction, documents, formKeys }).map(
    (p) => [p.path, p.reason],
  );
}

void test('the valid fixture has consistent references', async () => {
  // given the minimal fixture / when checked / then nothing is reported
  const bundle = await minimalBundle();
  assert.deepEqual(await check(bundle, mechanismOf(bundle)), []);
});

void test('ids are unique within each list', async () => {
  // given two groups with the same id
  const bundle = await minimalBundle();
  const mechanism = mechanismOf(bundle);
  mechanism.groups[1]!.id = 'front-desk';
  // when checked / then the second one is reported
  const problems = await check(bundle, mechanism);
  assert.ok(
    problems.some(([path, reason]) => path === '/groups/1/id' && /duplicate id "front-desk"/.test(reason)),
  );
});

void test('tiers, groups and rating levels named in the mechanism exist', async () => {
  // given a tier with an unknown group, a class and the reminder ladder with an unknown tier,
  // and an automatic rating with an unknown level
  const bundle = await minimalBundle();
  const mechanism = mechanismOf(bundle);
  mechanism.tiers[0]!.group = 'nobody';
  mechanism.requestClasses[1]!.tier = 'province';
  mechanism.reminder!.escalateToTier = 'province';
  mechanism.evaluation.autoRating = {
    afterWorkingDays: 5,
    level: 'delighted',
    source: { kind: 'default', note: 'test' },
  };
  // when checked
  const paths = (await check(bundle, mechanism)).map(([path]) => path);
  // then every dangling reference is reported where it is written
  assert.deepEqual(paths, [
    '/tiers/0/group',
    '/requestClasses/1/tier',
    '/reminder/escalateToTier',
    '/evaluation/autoRating/level',
  ]);
});

void test('some rating level closes the case; case process and intake form exist', async () => {
  // given no closing level, an unknown case process and an unknown intake form
  const bundle = await minimalBundle();
  const mechanism = mechanismOf(bundle);
  for (const level of mechanism.evaluation.levels) level.closesCase = false;
  mechanism.caseProcess = 'other-case';
  mechanism.intakeForm = 'missing-form';
  // when checked
  const problems = await check(bundle, mechanism);
  // then each is reported
  assert.deepEqual(problems, [
    ['/evaluation/levels', 'no rating level closes the case (closesCase)'],
    ['/caseProcess', 'no process "other-case" in processes/*.bpmn'],
    ['/intakeForm', 'no forms/missing-form.schema.json'],
  ]);
});

void test('送政策 deliveries are logged as one of the mechanism’s own visit kinds', async () => {
  // given a policy push logging deliveries as a visit kind the mechanism does not define
  const bundle = await minimalBundle();
  const mechanism = mechanismOf(bundle);
  const source = { kind: 'default' as const, note: 'test' };
  mechanism.services.visitKinds = [{ id: 'policy-delivery', label: { zh: '送政策', en: 'Policy' }, source }];
  mechanism.services.policyPush = { visitKind: 'send-policy', source };
  // when checked / then the kind is reported; a known kind, or none, passes
  assert.deepEqual(await check(bundle, mechanism), [
    ['/services/policyPush/visitKind', '"send-policy" is not one of services.visitKinds'],
  ]);
  mechanism.services.policyPush = { visitKind: 'policy-delivery', source };
  assert.deepEqual(await check(bundle, mechanism), []);
  mechanism.services.policyPush = { visitKind: null, source };
  assert.deepEqual(await check(bundle, mechanism), []);
});

void test('每月政策收集: the collecting group must be one of the mechanism’s groups', async () => {
  // given a mechanism whose monthly collection names a group it does not have
  const bundle = await minimalBundle();
  const mechanism = mechanismOf(bundle);
  const source = { kind: 'default' as const, note: 'test' };
  mechanism.services.policyCollection = { group: 'nobody', source };
  // when checked / then the group is reported; one of its groups passes
  assert.deepEqual(await check(bundle, mechanism), [
    ['/services/policyCollection/group', '"nobody" is not one of groups'],
  ]);
  mechanism.services.policyCollection = { group: mechanism.groups[0]!.id, source };
  assert.deepEqual(await check(bundle, mechanism), []);
});
