/**
 * Runs one scenario file on a fresh platform: a temporary data folder, a manual clock at `startAt`,
 * only the scenario's own jurisdiction published. The platform comes from a factory (the embedded
 * one by default) so the same scenarios can run on another engine.
 */
import { AssertionError } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { seedActors } from './scenario-directory.js';
import { createEmbeddedPlatform } from '../bootstrap/embedded-platform.js';
import type { Platform } from '../bootstrap/platform.js';
import { ManualClock, type Clock } from '../common/clock.js';
import { isDomainError } from '../common/errors.js';
import type { RawDefinitionBundle } from '../definitions/definition-bundle.js';
import { loadDefinitionFolder } from '../definitions/definition-loader.js';
import { advance, storeNextDueAt } from './advance-clock.js';
import { expectError, runAction } from './scenario-actions.js';
import { mismatch, type NextDueAt, type ScenarioContext } from './scenario-context.js';
import {
  expectCase,
  expectEvent,
  expectEvents,
  expectRating,
  expectSummary,
  expectTasks,
} from './scenario-expectations.js';
import { expectKpi } from './scenario-kpi.js';
import {
  expectPolicyCollections,
  expectPolicyNotices,
  seedEnterprises,
  withCatalogue,
} from './scenario-policy-push.js';
import { readScenario } from './scenario-file.js';
import { actionKinds, stepBody, stepKind, type ActionStep, type Step, type StepBodies } from './scenario.js';

export interface PlatformEnvironment {
  dataDir: string;
  clock: Clock;
}

export type PlatformFactory = (env: PlatformEnvironment) => Platform | Promise<Platform>;

export interface RunScenarioOptions {
  /** The folder holding `<jurisdiction>/mechanism.json`. */
  definitionsRoot: string;
  /** Defaults to the embedded platform (SQLite file + in-process engine). */
  createPlatform?: PlatformFactory;
  /** Defaults to the Store's timer index; an engine keeping its own timers supplies its own. */
  nextDueAt?: NextDueAt;
  /**
   * Close the platform after every step and open a new one on the same data folder, as a server
   * restart does (definitions published again, unchanged): proves nothing lives only in memory.
   */
  restartBetweenSteps?: boolean;
  /** Run on this bundle (e.g. a draft being published) instead of the folder's definition. */
  bundle?: RawDefinitionBundle;
  /** Give up (a step failure naming the step) once this instant (ms since epoch, wall clock) passed. */
  deadline?: number;
}

/** Where a scenario failed: the step's index and kind (on the AssertionError the runner throws). */
export interface FailedStep {
  index: number;
  kind: string;
}

type Expectations = {
  [K in Exclude<keyof StepBodies, (typeof actionKinds)[number]>]: (
    ctx: ScenarioContext,
    body: StepBodies[K],
  ) => Promise<void>;
};

const otherSteps: Expectations = {
  advance,
  expectTasks,
  expectCase,
  expectEvents,
  expectEvent,
  expectRating,
  expectError,
  expectSummary,
  expectKpi,
  expectPolicyNotices,
  expectPolicyCollections,
};

/** `definitions/<jurisdiction>/scenarios/<name>.scenario.json` -> `<jurisdiction>`. */
export function jurisdictionOf(file: string): string {
  return basename(dirname(dirname(file)));
}

export async function runScenario(file: string, options: RunScenarioOptions): Promise<void> {
  const scenario = await readScenario(file);
  const jurisdiction = jurisdictionOf(file);
  const dataDir = mkdtempSync(join(tmpdir(), `scenario-${jurisdiction}-`));
  const clock = new ManualClock(scenario.startAt);
  const factory = options.createPlatform ?? createEmbeddedPlatform;
  const platform = await factory({ dataDir, clock });
  /** The platform open now (null between a restart's close and open). */
  let open: Platform | null = platform;
  try {
    const raw = withCatalogue(
      options.bundle ?? (await loadDefinitionFolder(join(options.definitionsRoot, jurisdiction))),
      scenario,
    );
    await platform.publisher.publish(raw, 'scenario');
    await seedEnterprises(platform.store, jurisdiction, scenario);
    await seedActors(platform.store, jurisdiction, scenario.actors);
    const ctx: ScenarioContext = {
      scenario,
      jurisdiction,
      platform,
      clock,
      nextDueAt: options.nextDueAt ?? storeNextDueAt,
      cases: new Map(),
      currentCaseId: null,
    };
    for (const [index, step] of scenario.steps.entries()) {
      if (options.deadline !== undefined && Date.now() > options.deadline)
        throw located(mismatch('scenario time limit reached'), file, index, stepKind(step), ctx);
      await runStep(ctx, file, index, step);
      if (!options.restartBetweenSteps || index === scenario.steps.length - 1) continue;
      open = null;
      await ctx.platform.close();
      open = ctx.platform = await factory({ dataDir, clock });
      await ctx.platform.publisher.publish(raw, 'scenario');
    }
  } finally {
    await open?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runStep(ctx: ScenarioContext, file: string, index: number, step: Step): Promise<void> {
  const kind = stepKind(step);
  try {
    if ((actionKinds as readonly string[]).includes(kind)) await runAction(ctx, step as ActionStep);
    else {
      const handler = otherSteps[kind as keyof Expectations] as (
        c: ScenarioContext,
        b: unknown,
      ) => Promise<void>;
      await handler(ctx, stepBody(step, kind));
    }
  } catch (error) {
    throw located(error, file, index, kind, ctx);
  }
}

/**
 * Every failure of a step becomes an AssertionError naming the file, step index and the difference
 * (`failedStep` carries the index and kind).
 */
function located(
  error: unknown,
  file: string,
  index: number,
  kind: string,
  ctx: ScenarioContext,
): AssertionError {
  const where = `${file} steps[${index}] (${kind}) at ${ctx.clock.now().toISOString()}`;
  const failedStep: FailedStep = { index, kind };
  if (error instanceof AssertionError) {
    const located = new AssertionError({
      message: `${where}: ${error.message}`,
      actual: error.actual,
      expected: error.expected,
      operator: error.operator,
    });
    return Object.assign(located, { failedStep });
  }
  const what = isDomainError(error)
    ? `unexpected ${error.name} '${error.code}': ${error.message}${error.details.map((d) => ` [${d.path} ${d.reason}]`).join('')}`
    : `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  const wrapped = new AssertionError({ message: `${where}: ${what}`, operator: 'scenario' });
  wrapped.cause = error;
  return Object.assign(wrapped, { failedStep });
}
