import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DefinitionError } from '../common/errors.js';
import { readScenario } from './scenario-file.js';

const submit = {
  submit: { as: 'ent', channel: 'hotline', title: '用电问题', data: { matterType: 'policy' } },
};

function fileWith(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scenario-file-')), 'x.scenario.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

function scenario(steps: unknown[]): unknown {
  return {
    title: '一条规则',
    source: { kind: 'policy', clause: '第十条', quote: '对咨询类诉求，1个工作日内答复' },
    startAt: '2026-03-09T10:00:00+08:00',
    actors: { ent: { groups: [], roles: ['enterprise'], enterpriseId: 'e1' } },
    steps,
  };
}

async function problemsOf(content: unknown): Promise<string> {
  const file = fileWith(content);
  const error = await readScenario(file).then(
    () => assert.fail('expected the scenario to be refused'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DefinitionError);
  assert.ok(error.message.startsWith(`${file}: invalid scenario`), error.message);
  return error.message;
}

describe('scenario files', () => {
  it('reads a valid scenario', async () => {
    const read = await readScenario(fileWith(scenario([submit, { expectEvents: { submitted: 1 } }])));
    assert.equal(read.steps.length, 2);
  });

  it('names the step index of an unknown step kind and of a step with two kinds', async () => {
    const message = await problemsOf(
      scenario([submit, { wait: 1 }, { advance: { hours: 1 }, expectEvents: {} }]),
    );
    assert.match(message, /steps\[1\]: must NOT have additional properties 'wait'/);
    assert.match(message, /steps\[2\]: must NOT have more than 1 properties/);
  });

  it('names the field of a malformed step', async () => {
    const message = await problemsOf(scenario([submit, { complete: { task: 'review', as: 'ent' } }]));
    assert.match(message, /steps\[1\] complete: must have required property 'data'/);
  });

  it('refuses an unknown actor and a case ref used before it is submitted', async () => {
    const message = await problemsOf(
      scenario([
        submit,
        { complete: { task: 'review', as: 'ghost', data: {} } },
        { expectCase: { status: 'open', case: 'later' } },
      ]),
    );
    assert.match(message, /steps\[1\] complete\/as: no actor 'ghost' in actors/);
    assert.match(message, /steps\[2\] expectCase\/case: no case submitted earlier with ref 'later'/);
  });

  it('refuses an expectation before any case is submitted', async () => {
    const message = await problemsOf(scenario([{ expectCase: { status: 'open' } }, submit]));
    assert.match(message, /steps\[0\] expectCase: acts on a case, but no case is submitted before it/);
  });

  it('refuses advance with both `to` and working days', async () => {
    const message = await problemsOf(
      scenario([submit, { advance: { to: '2026-03-10T09:00:00+08:00', workingDays: 1 } }]),
    );
    assert.match(message, /steps\[1\] advance: `to` cannot be combined with `workingDays` or `hours`/);
  });
});
