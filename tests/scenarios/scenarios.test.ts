/**
 * Every jurisdiction's rules as data: one test per `definitions/<j>/scenarios/*.scenario.json`,
 * titled with the clause it proves (or "platform default"). Given the policy and a fresh platform at
 * the scenario's start, when its actors act and its clock moves through working days, then every
 * expectation holds. A policy quote is checked against the text, which must be there (CI has
 * `../shared/policies`; POLICIES_DIR points elsewhere) — a missing text fails, it is not skipped.
 */
import assert, { AssertionError } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { unquotedFragments } from '../../runtime/definitions/policy-quote.js';
import { policiesDir, readPolicyText } from '../../runtime/definitions/policy-texts.js';
import type { RuleSource } from '../../runtime/definitions/rule-source.js';
import { findScenarioFiles } from '../../runtime/scenarios/scenario-files.js';
import { readScenario } from '../../runtime/scenarios/scenario-file.js';
import type { Scenario } from '../../runtime/scenarios/scenario.js';
import { jurisdictionOf, runScenario } from '../../runtime/scenarios/scenario-runner.js';

const definitionsRoot = 'definitions';

function policyFileOf(jurisdiction: string): string {
  const mechanism = JSON.parse(
    readFileSync(join(definitionsRoot, jurisdiction, 'mechanism.json'), 'utf8'),
  ) as { policy: { file: string } };
  return mechanism.policy.file;
}

function shown(source: RuleSource): string {
  return source.kind === 'policy' ? `${source.clause} ${source.quote}` : `platform default: ${source.note}`;
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
  test(`${jurisdiction}: ${scenario.title} — ${shown(scenario.source)}`, async (t) => {
    // given the policy text, a policy clause is quoted exactly
    const { source } = scenario;
    if (source.kind === 'policy') {
      const policyFile = policyFileOf(jurisdiction);
      const policy = readPolicyText(policyFile);
      assert.ok(policy !== null, `${file}: policy text ${policyFile} not found in ${policiesDir()}`);
      assert.deepEqual(unquotedFragments(source.quote, policy), [], `${file}: quote is not in ${policyFile}`);
    }
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
