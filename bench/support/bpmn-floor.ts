// The floor under our engine: raw bpmn-engine on the same BPMN, one step from start to the first
// user task (the service task completes at once), no persistence, no reconcile, no projection;
// the instance is dropped at the wait, as our steps drop theirs.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Engine } from 'bpmn-engine';
import { compileProcessModel } from '../../runtime/engine/embedded/process-model.js';
import { firstTaskElement } from './first-task.js';
import type { UnitRun } from './phase.js';

const processFile = fileURLToPath(
  new URL('../../definitions/jiaxing-etdz/processes/etdz-request.bpmn', import.meta.url),
);

interface ServiceActivity {
  type: string;
  behaviour: { Service?: unknown };
}
type Callback = (error: Error | null) => void;

/** bpmn-engine's default logger creates a `debug` logger per element; ours is silent too. */
const silentLogger = () => ({ debug() {}, error() {}, warn() {} });

/** Every service task completes as soon as it runs (what our admissibility job does, minus the job). */
function immediateServices(activity: ServiceActivity): void {
  if (activity.type !== 'bpmn:ServiceTask') return;
  activity.behaviour.Service = function Immediate() {
    return { execute: (_message: unknown, callback: Callback) => callback(null) };
  };
}

/** One case: a new bpmn-engine instance of the (once-parsed) process, run until `review` waits. */
export async function bpmnFloorRun(): Promise<UnitRun> {
  const model = await compileProcessModel(readFileSync(processFile, 'utf8'));
  return async (i) => {
    const start = performance.now();
    const engine = new Engine({
      name: `floor-${i}`,
      sourceContext: model.sourceContext,
      extensions: { immediate: immediateServices },
      Logger: silentLogger,
    } as never);
    await new Promise<void>((resolve, reject) => {
      const listener = new EventEmitter();
      listener.on('activity.wait', (api: { id: string }) => {
        if (api.id === firstTaskElement) resolve();
      });
      engine.once('error', reject);
      engine.execute({ listener }).catch(reject);
    });
    // dropped, not stopped: what a step of ours does (runtime/engine/embedded/dropped-instance.test.ts
    // proves a parked instance then holds nothing in the event loop)
    return performance.now() - start;
  };
}
