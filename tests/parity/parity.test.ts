/**
 * Engine parity: every jurisdiction's scenarios run on the embedded engine and on a real Zeebe
 * broker (ZEEBE_ADDRESS, ZEEBE_RECORDS_FILE, ZEEBE_MANAGEMENT_URL; see scripts/ci/zeebe-parity.sh),
 * and the two runs must leave the same outcome: the same tasks by element id at the same instants
 * with the same groups and due dates, the same timeline, the same final case state — also when the
 * Zeebe platform is closed and opened again after every step (a restart resumes from the store).
 * A scenario
 * with a known runtime issue must fail the same way on both. Without ZEEBE_ADDRESS the suite is
 * skipped, saying so.
 */
import type { AssertionError } from 'node:assert/strict';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { after, test } from 'node:test';
import { createEmbeddedPlatform } from '../../runtime/bootstrap/embedded-platform.js';
import { createZeebePlatform, zeebeEnvironment } from '../../runtime/bootstrap/zeebe-platform.js';
import { findScenarioFiles } from '../../runtime/scenarios/scenario-files.js';
import { readScenario } from '../../runtime/scenarios/scenario-file.js';
import {
  jurisdictionOf,
  runScenario,
  type PlatformFactory,
} from '../../runtime/scenarios/scenario-runner.js';
import { knownDifferences } from './known-differences.js';
import { LeftoverInstances } from './leftover-instances.js';
import { observing, type ScenarioOutcome } from './outcome.js';

const definitionsRoot = 'definitions';
const zeebe = zeebeEnvironment();

interface Run {
  error: unknown;
  outcome: ScenarioOutcome | null;
}

async function run(file: string, factory: PlatformFactory, restartBetweenSteps = false): Promise<Run> {
  const observed = observing(factory, jurisdictionOf(file));
  const error = await runScenario(file, {
    definitionsRoot,
    createPlatform: observed.factory,
    restartBetweenSteps,
  }).then(
    () => null,
    (e: unknown) => e,
  );
  return { error, outcome: observed.outcome() };
}

const describeError = (e: unknown) => (e === null ? 'passed' : e instanceof Error ? e.message : String(e));

/** Null when the two runs agree; otherwise what differs. */
function difference(embedded: Run, onZeebe: Run): string | null {
  if ((embedded.error === null) !== (onZeebe.error === null)) {
    return `embedded ${describeError(embedded.error)}; zeebe ${describeError(onZeebe.error)}`;
  }
  try {
    assert.deepEqual(onZeebe.outcome, embedded.outcome);
    return null;
  } catch (e) {
    return (e as AssertionError).message;
  }
}

if (!zeebe) {
  test(
    'zeebe parity',
    { skip: 'ZEEBE_ADDRESS not set: needs a licensed Zeebe broker the site runs (README, Zeebe adapter)' },
    () => {},
  );
} else {
  const onZeebe: PlatformFactory = ({ dataDir, clock }) =>
    createZeebePlatform({ ...zeebe, dataDir, clock, cancelInstancesOnClose: true });
  // Restarted after every step: instances stay on the broker between platforms, and the ones
  // still active when the scenario ends are cancelled by the test (they would fire timers later).
  const leftovers = new LeftoverInstances(zeebe.address);
  const onZeebeRestarting: PlatformFactory = async ({ dataDir, clock }) =>
    leftovers.watch(await createZeebePlatform({ ...zeebe, dataDir, clock }));
  after(() => leftovers.close());
  const files = await findScenarioFiles(definitionsRoot);
  for (const file of files) {
    const scenario = await readScenario(file);
    const name = `${jurisdictionOf(file)}/${basename(file)}`;
    test(`parity ${name}: ${scenario.title}`, async (t) => {
      const embedded = await run(file, createEmbeddedPlatform);
      const zb = await run(file, onZeebe);
      const restarted = await run(file, onZeebeRestarting, true);
      await leftovers.cancel();
      if (scenario.knownIssue === undefined && embedded.error !== null) {
        throw new Error(
          `fails on the embedded engine, so parity means nothing: ${describeError(embedded.error)}`,
        );
      }
      const diff =
        difference(embedded, zb) ??
        (difference(embedded, restarted) === null
          ? null
          : `restarted after every step: ${difference(embedded, restarted)}`);
      const known = knownDifferences[name];
      if (known !== undefined) {
        assert.ok(diff !== null, `${name} reaches parity now: remove it from known-differences.ts`);
        t.diagnostic(`known difference: ${known}\n${diff}`);
        return;
      }
      if (diff !== null) assert.fail(`${name} differs on Zeebe:\n${diff}`);
    });
  }
  test('every known difference names a scenario', async () => {
    const names = new Set(
      (await findScenarioFiles(definitionsRoot)).map((f) => `${jurisdictionOf(f)}/${basename(f)}`),
    );
    assert.deepEqual(
      Object.keys(knownDifferences).filter((n) => !names.has(n)),
      [],
    );
  });
}
