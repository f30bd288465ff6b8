/** Adapter bookkeeping persisted beside bpmn-engine's own state (keyed by bpmn-engine executionId). */
export interface InstanceMeta {
  openTasks: Record<string, { taskId: string; elementId: string }>;
  openJobs: Record<string, { jobKey: string; elementId: string }>;
  subscriptions: Record<string, { messageName: string; correlationKey: string }>;
  /** Set on an instance started by a call activity: the parent and its call job. */
  parent?: { instanceKey: string; jobKey: string };
}

export function emptyMeta(parent?: InstanceMeta['parent']): InstanceMeta {
  return { openTasks: {}, openJobs: {}, subscriptions: {}, ...(parent ? { parent } : {}) };
}

/** Job type of the internal job that runs a call activity's child instance. */
export const callActivityJobType = 'bpmn.call-activity';
