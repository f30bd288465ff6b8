import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { policiesDir } from '../../runtime/definitions/policy-texts.js';

/**
 * `npm run defs:validate` (scripts/defs-validate.ts) checks where every rule comes from against the
 * policy text itself: given copies of 嘉兴经开区's definition with one rule broken each, when the
 * real CLI validates them, then each copy fails for its reason and the untouched copy passes.
 */
describe('defs:validate refuses rules that claim the policy without quoting it', () => {
  let root: string;
  let output: string;
  let status: number | null;

  const copy = (name: string, edit?: (mechanism: Record<string, unknown>) => void): string => {
    // a definitions root per copy: the folder must be named after the jurisdiction
    const folder = join(root, name, 'jiaxing-etdz');
    cpSync(join('definitions', 'jiaxing-etdz'), folder, { recursive: true });
    cpSync(join('definitions', '_shared'), join(root, name, '_shared'), { recursive: true });
    if (edit) {
      const file = join(folder, 'mechanism.json');
      const mechanism = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      edit(mechanism);
      writeFileSync(file, JSON.stringify(mechanism));
    }
    return folder;
  };
  const firstClass = (m: Record<string, unknown>) =>
    (m['requestClasses'] as { source: Record<string, unknown> }[])[0]!;
  const linesOf = (name: string) => output.split('\n').filter((l) => l.includes(`/${name}/jiaxing-etdz`));
  /** Whether one line the run printed for the copy `name` holds every one of `parts`. */
  const reports = (name: string, ...parts: string[]) =>
    linesOf(name).some((l) => parts.every((part) => l.includes(part)));

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'defs-validate-'));
    const folders = [
      copy('untouched'),
      // a rule labelled policy without its quote
      copy('unquoted', (m) => void delete firstClass(m).source['quote']),
      // a quote that is not the text's words
      copy('paraphrased', (m) => void (firstClass(m).source['quote'] = '咨询类诉求一个工作日内答复')),
    ];
    // a scenario whose quote is not in the text
    const paraphrased = copy('scenario-paraphrased');
    const scenario = join(paraphrased, 'scenarios', 'consult-within-one-working-day.scenario.json');
    const content = JSON.parse(readFileSync(scenario, 'utf8')) as { source: { quote: string } };
    content.source.quote = '咨询类诉求当天答复';
    writeFileSync(scenario, JSON.stringify(content));
    folders.push(paraphrased);
    const run = spawnSync('npx', ['tsx', 'scripts/defs-validate.ts', ...folders], {
      encoding: 'utf8',
      env: { ...process.env, POLICIES_DIR: policiesDir() },
    });
    output = run.stdout + run.stderr;
    status = run.status;
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('fails the run and passes the untouched copy', () => {
    assert.equal(status, 1, output);
    assert.ok(
      linesOf('untouched').some((l) => l.endsWith('untouched/jiaxing-etdz: ok')),
      output,
    );
  });

  it('refuses a policy rule without a quote', () => {
    assert.ok(reports('unquoted', 'mechanism.json/requestClasses/0/source'), output);
  });

  it('refuses a quote that is not in the policy text', () => {
    assert.ok(
      reports(
        'paraphrased',
        'mechanism.json/requestClasses/0/source/quote',
        'not found in 002_748ef67ff364d3ae.txt: "咨询类诉求一个工作日内答复"',
      ),
      output,
    );
    assert.ok(
      reports(
        'scenario-paraphrased',
        'scenarios/consult-within-one-working-day.scenario.json/source/quote',
        'not found',
      ),
      output,
    );
  });

  it('fails, not skips, when the policy text is missing', () => {
    // given the same untouched copy and a policies folder without the text
    const empty = mkdtempSync(join(tmpdir(), 'no-policies-'));
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/defs-validate.ts', join(root, 'untouched', 'jiaxing-etdz')],
      {
        encoding: 'utf8',
        env: { ...process.env, POLICIES_DIR: empty },
      },
    );
    rmSync(empty, { recursive: true, force: true });
    // then the run fails and says which text is missing
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stdout, /policy text 002_748ef67ff364d3ae\.txt not found/);
  });
});
