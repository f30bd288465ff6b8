/**
 * Every jurisdiction's rules as data: one test per `definitions/<j>/scenarios/*.scenario.json`,
 * titled with the clause it proves. Given the policy and a fresh platform at the scenario's start,
 * when its actors act and its clock moves through working days, then every expectation holds.
 */
import assert, { AssertionError } from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { unquotedFragments } from '../../runtime/scenarios/clause-quote.js';
import { findScenarioFiles } from '../../runtime/scenarios/scenario-files.js';
import { readScenario } from '../../runtime/scenarios/scenario-file.js';
import type { Scenario } from '../../runtime/scenarios/scenario.js';
import { jurisdictionOf, runScenario } from '../../runtime/scenarios/scenario-runner.js';

const definitionsRoot = 'definitions';
/** Policy texts live beside the repository (shared/policies); set POLICIES_DIR to point elsewhere. */
const policiesDir = process.env.POLICIES_DIR ?? join('..', 'shared', 'policies');

function policyText(jurisdiction: string): string | null {
  const mechanism = JSON.parse(
    readFileSync(join(definitionsRoot, jurisdiction, 'mechanism.json'), 'utf8'),
  ) as { policy: { file: string } };
  const file = join(policiesDir, mechanism.policy.file);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

for (const file of await findScenarioFiles(definitionsRoot)) {
  const jurisdiction = jurisdictionOf(file);
  let scenario: Scenario;
  try {
    scenario = await readScenario(file);
  } catch (error) {
    test(`${jurisdiction}: ${basename(file)} is a valid scenario`, () => {
      throw error;
    });
    continue;
  }
  test(`${jurisdiction}: ${scenario.title} — ${scenario.clause}`, async (t) => {
    // given the policy text, the clause is quoted exactly
    const policy = policyText(jurisdiction);
    if (policy === null) t.diagnostic(`policy text not found under ${policiesDir}; quote not checked`);
    else
      assert.deepEqual(
        unquotedFragments(scenario.clause, policy),
        [],
        `${file}: clause is not an exact quote`,
      );
    // when its steps run on a fresh platform, then every expectation holds
    if (scenario.knownIssue === undefined) return runScenario(file, { definitionsRoot });
    // (or, for a known runtime issue, the scenario still fails and is reported as TODO)
    const failure = await runScenario(file, { definitionsRoot }).then(
      () => null,
      (error: unknown) => error,
    );
    if (failure === null) assert.fail(`${file} passes now: remove its "knownIssue"`);
    if (!(failure instanceof AssertionError)) throw failure;
    t.todo(`known issue: ${scenario.knownIssue}\n${failure.message}`);
  });
}
