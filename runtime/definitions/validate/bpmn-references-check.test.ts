import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownJobTypes } from '../job-catalogue.js';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import { readBpmnDocument } from './bpmn-document.js';
import { checkBpmnReferences } from './bpmn-references-check.js';
import { addSupplementMessage, editXml, mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';

async function check(
  bundle: RawDefinitionBundle,
  groupsKnown = true,
): Promise<[string | undefined, string][]> {
  const documents = await Promise.all(bundle.processes.map(readBpmnDocument));
  const groups = groupsKnown ? new Set(mechanismOf(bundle).groups.map((g) => g.id)) : null;
  const tiers = groupsKnown ? new Set(mechanismOf(bundle).tiers.map((t) => t.id)) : null;
  const targets = {
    jobTypes: knownJobTypes,
    formKeys: new Set(bundle.forms.map((f) => f.key)),
    groups,
    tiers,
  };
  return checkBpmnReferences(documents, targets).map((p) => [p.elementId, p.reason]);
}

void test('the fixture references known job types, forms, groups and a correlated message', async () => {
  // given the fixture with a correlated message / when checked / then nothing is reported
  assert.deepEqual(await check(addSupplementMessage(await minimalBundle(), '=caseId')), []);
});

void test('a service task must name a job type some worker serves', async () => {
  // given a misspelt job type
  const bundle = editXml(await minimalBundle(), 'type="sla.deadline"', 'type="sla.deadlin"');
  // when checked / then the task is named
  assert.deepEqual(await check(bundle), [
    [
      'Task_Classify',
      'job type "sla.deadlin" is not served by any worker (see runtime/definitions/job-catalogue.ts)',
    ],
  ]);
});

void test('a user task needs a formKey of an existing form', async () => {
  // given one run where the form is unknown and one where the form definition is gone
  const unknown = editXml(await minimalBundle(), 'formKey="handle-request"', 'formKey="handle"');
  const none = editXml(await minimalBundle(), '<zeebe:formDefinition formKey="handle-request" />', '');
  // when checked / then both name the task
  assert.deepEqual(await check(unknown), [['Task_Handle', 'form "handle" has no forms/handle.schema.json']]);
  assert.deepEqual(await check(none), [['Task_Handle', 'user task has no zeebe:formDefinition formKey']]);
});

void test('static candidate groups must be mechanism groups; FEEL ones are left to run time', async () => {
  // given one static unknown group next to a known one, and a FEEL candidate group list
  const unknown = editXml(
    await minimalBundle(),
    'candidateGroups="front-desk"',
    'candidateGroups="front-desk, back-office"',
  );
  const feel = editXml(
    await minimalBundle(),
    'candidateGroups="front-desk"',
    'candidateGroups="=[tierGroup]"',
  );
  // when checked / then only the unknown static group is reported, and nothing without known groups
  assert.deepEqual(await check(unknown), [
    ['Task_Handle', 'candidate group "back-office" is not one of mechanism.json groups'],
  ]);
  assert.deepEqual(await check(feel), []);
  assert.deepEqual(await check(unknown, false), []);
});

void test('a message the case waits for needs a zeebe:subscription correlationKey', async () => {
  // given a boundary event on a message without subscription
  const bundle = addSupplementMessage(await minimalBundle(), null);
  // when checked / then the waiting event is named
  assert.deepEqual(await check(bundle), [
    ['Boundary_Supplement', 'message "Message_Supplement" has no zeebe:subscription correlationKey'],
  ]);
});

void test('task headers name a known tier and a known clock start', async () => {
  // given a deadline that counts from a misspelt start and an escalation to an unknown tier
  const bundle = editXml(
    await minimalBundle(),
    '<zeebe:taskDefinition type="sla.deadline" retries="3" />',
    '<zeebe:taskDefinition type="sla.deadline" retries="3" /><zeebe:taskHeaders><zeebe:header key="countFrom" value="dispatch" /><zeebe:header key="toTier" value="moon" /></zeebe:taskHeaders>',
  );
  // when checked / then both headers are reported on their task
  assert.deepEqual(await check(bundle), [
    ['Task_Classify', 'header countFrom must be one of receipt, now, got "dispatch"'],
    ['Task_Classify', 'header toTier "moon" is not one of mechanism.json tiers'],
  ]);
});
