import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMechanismSchema } from './mechanism-schema-check.js';
import { mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';

void test('the valid fixture mechanism matches the schema', async () => {
  // given the minimal fixture
  const bundle = await minimalBundle();
  // when its mechanism is checked / then nothing is reported
  assert.deepEqual(checkMechanismSchema(bundle.mechanism), []);
});

void test('labels need both zh and en, and unknown properties are refused', async () => {
  // given a mechanism whose name lacks English and which carries a stray property
  const bundle = await minimalBundle();
  const mechanism = mechanismOf(bundle);
  mechanism.name = { zh: '机制' } as typeof mechanism.name;
  Object.assign(mechanism, { colour: 'red' });
  // when it is checked
  const problems = checkMechanismSchema(mechanism);
  // then each problem points at its JSON location in mechanism.json
  assert.deepEqual(
    problems.map((p) => [p.file, p.path, p.severity]),
    [
      ['mechanism.json', '', 'error'],
      ['mechanism.json', '/name', 'error'],
    ],
  );
  assert.match(problems[0]?.reason ?? '', /colour/);
  assert.match(problems[1]?.reason ?? '', /en/);
});

void test('times are "HH:MM", dates YYYY-MM-DD, ids kebab-case, and deadlines at most 365 working days', async () => {
  // given a mechanism with a bad time, date, id and deadline
  const mechanism = mechanismOf(await minimalBundle());
  mechanism.calendar.dayStartsAt = '9:00';
  mechanism.calendar.extraHolidays = ['2024-13-01'];
  mechanism.channels[0]!.id = 'Hotline';
  mechanism.requestClasses[0]!.workingDays = 400;
  // when it is checked
  const paths = checkMechanismSchema(mechanism).map((p) => p.path);
  // then each offending value is named by its JSON pointer
  for (const path of [
    '/calendar/dayStartsAt',
    '/calendar/extraHolidays/0',
    '/channels/0/id',
    '/requestClasses/0/workingDays',
  ]) {
    assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
  }
});
