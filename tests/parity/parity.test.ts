/**
 * Engine parity: every jurisdiction's scenarios run on the embedded engine and on each engine under
 * test — the Temporal scale-out engine (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE; with
 * TEMPORAL_FRONTENDS naming a multi-node cluster's frontends, every platform dials them through one
 * round-robin address, so fresh and restarted platforms land on different nodes; see
 * scripts/ci/temporal-parity.sh) and a site's licensed Zeebe broker (ZEEBE_ADDRESS,
 * ZEEBE_RECORDS_FILE, ZEEBE_MANAGEMENT_URL; see scripts/ci/zeebe-parity.sh) — and the runs must leave
 * the same outcome: the same tasks by element id at the same instants with the same groups and due
 * dates, the same timeline, the same final case state — also when the platform is closed and opened
 * again after every step (a restart resumes from the store and the engine). A scenario with a known
 * runtime issue must fail the same way on both. PARITY_ONLY (substrings of `jurisdiction/file`,
 * comma-separated) narrows the scenarios. Without an engine's address its suite is skipped, saying so.
 */
import type { AssertionError } from 'node:assert/strict';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { after, test } from 'node:test';
import { createEmbeddedPlatform } from '../../runtime/bootstrap/embedded-platform.js';
import { createTemporalPlatform, temporalEnvironment } from '../../runtime/bootstrap/temporal-platform.js';
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
import { skippedTest, unconfigured } from '../fixtures/skipped-suite.js';
import { startTcpBalancer } from '../integration/tcp-balancer.js';

const definitionsRoot = 'definitions';
const zeebe = zeebeEnvironment();
const temporal = temporalEnvironment();

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
function difference(embedded: Run, other: Run, engine: string): string | null {
  if ((embedded.error === null) !== (other.error === null)) {
    return `embedded ${describeError(embedded.error)}; ${engine} ${describeError(other.error)}`;
  }
  try {
    assert.deepEqual(other.outcome, embedded.outcome);
    return null;
  } catch (e) {
    return (e as AssertionError).message;
  }
}

/** An engine the embedded runs are compared with: fresh per run, and restarted after every step. */
interface EngineUnderTest {
  name: string;
  factory: PlatformFactory;
  restarting: PlatformFactory;
  /** After a scenario's three runs (engine-side leftovers). */
  cleanup(): Promise<void>;
}

async function parity(engine: EngineUnderTest): Promise<void> {
  const only = process.env.PARITY_ONLY?.split(',').filter(Boolean) ?? [];
  const files = (await findScenarioFiles(definitionsRoot)).filter(
    (f) => !only.length || only.some((o) => `${jurisdictionOf(f)}/${basename(f)}`.includes(o)),
  );
  for (const file of files) {
    const scenario = await readScenario(file);
    const name = `${jurisdictionOf(file)}/${basename(file)}`;
    test(`${engine.name} parity ${name}: ${scenario.title}`, async (t) => {
      const embedded = await run(file, createEmbeddedPlatform);
      const other = await run(file, engine.factory);
      const restarted = await run(file, engine.restarting, true);
      await engine.cleanup();
      if (scenario.knownIssue === undefined && embedded.error !== null) {
        throw new Error(
          `fails on the embedded engine, so parity means nothing: ${describeError(embedded.error)}`,
        );
      }
      const diff =
        difference(embedded, other, engine.name) ??
        (difference(embedded, restarted, engine.name) === null
          ? null
          : `restarted after every step: ${difference(embedded, restarted, engine.name)}`);
      const known = knownDifferences[name];
      if (known !== undefined && engine.name === 'zeebe') {
        assert.ok(diff !== null, `${name} reaches parity now: remove it from known-differences.ts`);
        t.diagnostic(`known difference: ${known}\n${diff}`);
        return;
      }
      if (diff !== null) assert.fail(`${name} differs on ${engine.name}:\n${diff}`);
    });
  }
}

if (!temporal) {
  skippedTest('temporal parity', unconfigured.temporal);
} else {
  const frontends = (process.env.TEMPORAL_FRONTENDS ?? '').split(',').filter(Boolean);
  const balancer = frontends.length > 1 ? await startTcpBalancer(frontends) : null;
  after(() => balancer?.close());
  const address = balancer?.address ?? temporal.address;
  // One task queue per scenario run (its data folder): workflow ids are prefixed by it, so runs of
  // the same scenario never share a case workflow; a restart keeps the folder, so its workflows.
  const onTemporal: PlatformFactory = ({ dataDir, clock }) =>
    createTemporalPlatform({
      ...temporal,
      address,
      dataDir,
      clock,
      taskQueue: `${temporal.taskQueue}-${basename(dataDir)}`,
    });
  await parity({
    name: 'temporal',
    factory: onTemporal,
    restarting: onTemporal,
    cleanup: async () => {},
  });
}

if (!zeebe) {
  skippedTest('zeebe parity', unconfigured.zeebe);
} else {
  const onZeebe: PlatformFactory = ({ dataDir, clock }) =>
    createZeebePlatform({ ...zeebe, dataDir, clock, cancelInstancesOnClose: true });
  // Restarted after every step: instances stay on the broker between platforms, and the ones
  // still active when the scenario ends are cancelled by the test (they would fire timers later).
  const leftovers = new LeftoverInstances(zeebe.address);
  const onZeebeRestarting: PlatformFactory = async ({ dataDir, clock }) =>
    leftovers.watch(await createZeebePlatform({ ...zeebe, dataDir, clock }));
  after(() => leftovers.close());
  await parity({
    name: 'zeebe',
    factory: onZeebe,
    restarting: onZeebeRestarting,
    cleanup: () => leftovers.cancel(),
  });
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
