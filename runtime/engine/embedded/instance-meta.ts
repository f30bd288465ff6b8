import type { JsonObject, JsonValue } from '../../common/json.js';

/** A multi-instance body while it runs (keyed by the body's executionId). */
export interface LoopState {
  elementId: string;
  /** The input collection, evaluated once when the body activated. */
  collection: JsonValue[];
  /** The body-local output collection (Zeebe: a list of nulls the iterations fill), or null. */
  output: JsonValue[] | null;
  /** Iteration-local variables by iteration executionId (input element, loopCounter, inputs). */
  iterations: Record<string, JsonObject>;
}

/** Adapter bookkeeping persisted beside bpmn-engine's own state (keyed by bpmn-engine executionId). */
export interface InstanceMeta {
  openTasks: Record<string, { taskId: string; elementId: string }>;
  openJobs: Record<string, { jobKey: string; elementId: string }>;
  subscriptions: Record<string, { messageName: string; correlationKey: string }>;
  /** Running multi-instance bodies (absent in state written before multi-instance support). */
  loops?: Record<string, LoopState>;
  /**
   * Set on an instance started by a call activity: the parent, its call job and the root of the
   * tree (`rootKey`: absent in state written before root keys were kept; read through the parents).
   */
  parent?: { instanceKey: string; jobKey: string; rootKey?: string };
}

export function emptyMeta(parent?: InstanceMeta['parent']): InstanceMeta {
  return { openTasks: {}, openJobs: {}, subscriptions: {}, ...(parent ? { parent } : {}) };
}

/** Job type of the internal job that runs a call activity's child instance. */
export const callActivityJobType = 'bpmn.call-activity';

/** A call job waiting for its child is parked until the child's completion wakes it. */
export const parkedUntil = '9999-12-31T23:59:59.999Z';
