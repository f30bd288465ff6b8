import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Engine } from 'bpmn-engine';
import { Timers } from 'bpmn-elements';
import { ManualClock } from '../../common/clock.js';
import type { JsonObject } from '../../common/json.js';
import type { EngineInstanceRecord } from '../../store/records.js';
import { clockedTimerEventDefinition } from './clocked-timer.js';
import { LiveInstance, type InstanceContext } from './live-instance.js';
import { compileProcessModel } from './process-model.js';
import { WarmInstances } from './warm-instances.js';

// A step ends by dropping its bpmn-engine instance (no `stop()`; a warm copy is dropped when
// evicted). Safe only if a parked instance keeps nothing scheduled in the event loop — an armed
// setTimeout, an immediate, a pending callback would be a GC root — so the probe is: nothing new
// in the event loop, and the dropped instance is garbage-collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Objects watched for collection. A FinalizationRegistry, not a WeakRef: creating or reading a WeakRef
 * keeps its target alive until the embedder clears V8's kept objects, which would hide a collection.
 */
const finalized = new Set<string>();
const watch = new FinalizationRegistry<string>((name) => finalized.add(name));
let watchCount = 0;

/** Watches `target` for collection; the returned name is what `collected` asks about. */
function watched(target: object): string {
  const name = `watched-${++watchCount}`;
  watch.register(target, name);
  return name;
}

/** True once nothing held the watched object any more (a few collections, each in its own turn). */
async function collected(name: string): Promise<boolean> {
  for (let round = 0; round < 10 && !finalized.has(name); round++) {
    gc();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return finalized.has(name);
}

/** The timers and immediates the event loop holds now (what would fire later). */
function scheduled(): string[] {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate');
}

/** Set when a step left a timer behind: nothing here can clear it, so the file exits once reported. */
let leaked = false;
after(() => {
  if (leaked) setImmediate(() => process.exit(1));
});

function assertNothingNewScheduled(before: number): void {
  leaked ||= scheduled().length > before;
  assert.equal(scheduled().length, before);
}

const mechanics = readFileSync(new URL('./fixtures/mechanics.bpmn', import.meta.url), 'utf8');
const userTaskWithTimer = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="control-defs" targetNamespace="t">
  <bpmn:process id="control" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approve" />
    <bpmn:userTask id="approve" />
    <bpmn:boundaryEvent id="too-late" attachedToRef="approve">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="too-late" targetRef="timed-out" />
    <bpmn:endEvent id="timed-out" />
    <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="approved" />
    <bpmn:endEvent id="approved" />
  </bpmn:process>
</bpmn:definitions>`;
/** bpmn-engine's default logger is `debug`'s; ours is silent (as in live-instance.ts). */
const silentLogger = () => ({ debug() {}, error() {}, warn() {} });
const clock = new ManualClock('2026-01-05T01:00:00.000Z');
const elements = LiveInstance.elementsFor(clockedTimerEventDefinition(clock));
const variables = { amount: 3, team: 'alpha', ref: 'r1', dueAt: '2026-01-09T16:00:00+08:00' };

async function context(xml = mechanics): Promise<InstanceContext> {
  return { clock, model: await compileProcessModel(xml, elements), elements, existingTimers: [] };
}

function record(instanceKey: string, vars: JsonObject = variables): EngineInstanceRecord {
  const updatedAt = clock.now().toISOString();
  return {
    instanceKey,
    processKey: 'p',
    businessKey: 'c1',
    status: 'active',
    state: null,
    variables: vars,
    rev: 0,
    updatedAt,
  };
}

/** The step's writes (their kinds), reconciled as a commit does; the instance collects afresh. */
async function reconciled(live: LiveInstance): Promise<string[]> {
  await live.reconcile(clock.now().toISOString());
  const kinds = live.mutations.map((m) => m.kind);
  live.committed();
  return kinds;
}

type Park = 'job' | 'user task with its timer' | 'message';
const scoreFor: Record<Exclude<Park, 'job'>, number> = { 'user task with its timer': 20, message: 1 };

/**
 * One step as the stepper runs it — start, the input, reconcile, committed — parked at `park`; the
 * caller keeps only its watch name and the step's writes. `recovered`: then loaded again from the saved
 * state (a cold step) and parked the same way.
 */
async function parkedAndDropped(park: Park, recovered: boolean) {
  let live = await LiveInstance.start(await context(), record(`inst-${park}`));
  let writes = await reconciled(live);
  const job = Object.values(live.meta.openJobs)[0];
  if (park !== 'job' && job) {
    await live.completeJob(job.jobKey, { result: scoreFor[park] });
    writes = await reconciled(live);
  }
  if (recovered) live = await LiveInstance.load(await context(), { ...live.record });
  return { ref: watched(live), writes, active: live.activeElements().map((a) => a.elementId) };
}

describe('a parked instance dropped without stop() leaves nothing running', () => {
  it('sees an instance bpmn-engine left with a real timer armed, until the timer is cleared (the probe can fail)', async () => {
    // Given plain bpmn-engine with its library timers on real setTimeout, waiting at a user task
    // whose boundary timer (PT1H) is armed
    const realTimers = new Timers();
    const before = scheduled().length;
    const ref = await (async () => {
      const engine = new Engine({
        name: 'control',
        source: userTaskWithTimer,
        timers: realTimers,
        Logger: silentLogger,
      } as never);
      await new Promise<void>((resolve) => {
        const listener = new EventEmitter().on('wait', () => resolve());
        void engine.execute({ listener, variables });
      });
      return watched(engine);
    })();
    // When it is dropped without stop(): Then the armed timer holds it in the event loop
    assert.equal(scheduled().length, before + 1);
    assert.equal(await collected(ref), false);
    // and once that timer is cleared (what stop() does first), nothing holds it any more
    // (not a for…of here: the suspended test frame would keep its loop variable, the timer's ref)
    realTimers.executing.forEach((armed) => realTimers.clearTimeout(armed));
    assert.equal(scheduled().length, before);
    assert.equal(await collected(ref), true);
  });

  for (const park of ['job', 'user task with its timer', 'message'] as const) {
    for (const recovered of [false, true]) {
      it(`collects an instance parked at a ${park}${recovered ? ', recovered from its saved state' : ''}`, async () => {
        // Given an instance of a real BPMN stepped as the stepper steps it, parked at the wait state
        const before = scheduled().length;
        const { ref, writes, active } = await parkedAndDropped(park, recovered);
        const waitsAt = {
          job: ['score'],
          'user task with its timer': ['approve', 'too-late'],
          message: ['wait-go'],
        };
        assert.deepEqual(active.sort(), waitsAt[park].sort());
        // (its SLA timer is armed durably, as a row the poller wakes, not in this process)
        assert.equal(writes.includes('timer.set'), park === 'user task with its timer');
        // When the step drops it (no stop()): Then nothing new is scheduled and it is collected
        assertNothingNewScheduled(before);
        assert.equal(await collected(ref), true);
      });
    }
  }

  it('collects the shared 催办 loop parked at its warning timer due within the hour', async () => {
    // Given the platform's reminder loop started with its 预警 time an hour ahead: a delay
    // bpmn-elements would arm as a real setTimeout, were the timers not the durable rows
    const xml = readFileSync(
      new URL('../../../definitions/_shared/processes/reminder-loop.bpmn', import.meta.url),
      'utf8',
    );
    const ctx = await context(xml);
    const loop = { warnAt: '2026-01-05T02:00:00.000Z', firstReminderAt: '2026-01-07T01:00:00.000Z' };
    const before = scheduled().length;
    const { ref, writes, active } = await (async () => {
      const live = await LiveInstance.start(ctx, record('inst-loop', loop));
      const kinds = await reconciled(live);
      return { ref: watched(live), writes: kinds, active: live.activeElements().map((a) => a.elementId) };
    })();
    assert.deepEqual(active, ['warning-due']);
    assert.ok(writes.includes('timer.set'));
    // When the step drops it: Then no timer is left in this process and it is collected
    assertNothingNewScheduled(before);
    assert.equal(await collected(ref), true);
  });

  it('collects a warm instance when it is evicted', async () => {
    // Given one warm slot holding an instance parked at its user task with the timer armed
    const warm = new WarmInstances(1);
    const first = await (async () => {
      const live = await LiveInstance.start(await context(), record('inst-warm-1'));
      await reconciled(live);
      const job = Object.values(live.meta.openJobs)[0];
      if (job) await live.completeJob(job.jobKey, { result: 20 });
      await reconciled(live);
      warm.keep(live);
      return watched(live);
    })();
    // When a second instance takes the slot
    warm.keep(await LiveInstance.start(await context(), record('inst-warm-2')));
    // Then the evicted one is collected
    assert.equal(await collected(first), true);
  });
});
