import { timelineEvent } from './timeline-event.js';
import type { Clock } from '../common/clock.js';
import type { EngineEvent, EngineProjector } from '../engine/engine.js';
import { openTaskRecord } from '../engine/open-task.js';
import { extensionApprovalElement } from './extension-approval.js';
import type { Mutation } from '../store/mutations.js';
import type { Store } from '../store/store.js';

/**
 * Projects engine events into the inbox and the case timeline. Runs inside the engine step, so a
 * user task and its timeline entry commit together with the instance state (never duplicated).
 */
export class TaskProjector implements EngineProjector {
  #jurisdictions = new Map<string, string>();

  constructor(
    private readonly store: Pick<Store, 'cases' | 'tasks'>,
    private readonly clock: Clock,
  ) {}

  /** Tell the projector a case's jurisdiction before its instance starts (the case row is not yet written). */
  remember(caseId: string, jurisdiction: string): void {
    this.#jurisdictions.set(caseId, jurisdiction);
  }

  /** Once the start is committed the case row exists: drop the hint (no per-case memory kept). */
  forget(caseId: string): void {
    this.#jurisdictions.delete(caseId);
  }

  async #jurisdiction(caseId: string): Promise<string> {
    return this.#jurisdictions.get(caseId) ?? (await this.store.cases.get(caseId))?.jurisdiction ?? 'unknown';
  }

  /**
   * 延期审批 items still open when the case's process ends (办结): they live outside the process, so
   * no engine cancellation reaches them; they leave the dispatcher's inbox in the same step.
   */
  async #openApprovals(caseId: string, jurisdiction: string): Promise<string[]> {
    const open = await this.store.tasks.list({ jurisdiction, caseId, status: 'open', limit: 1000 });
    return open.items.filter((t) => t.elementId === extensionApprovalElement).map((t) => t.id);
  }

  async project(event: EngineEvent): Promise<Mutation[]> {
    const at = this.clock.now().toISOString();
    // A building block (call activity child) finishing is not the case's process finishing.
    if (event.type === 'instance.completed' && !event.root) return [];
    const caseId = event.type === 'userTask.created' ? event.task.businessKey : event.businessKey;
    const jurisdiction = await this.#jurisdiction(caseId);
    const timeline = (type: string, data: Record<string, string | string[]>, key: string): Mutation =>
      timelineEvent({ case: { id: caseId, jurisdiction }, at, actor: 'system', type, data, key: [key] });
    switch (event.type) {
      case 'userTask.created': {
        const t = event.task;
        return [
          { kind: 'task.insert', record: openTaskRecord(t, jurisdiction, at) },
          timeline('task.created', { taskId: t.taskId, name: t.name, groups: t.candidateGroups }, t.taskId),
        ];
      }
      case 'userTask.cancelled':
        return [
          { kind: 'task.update', id: event.taskId, patch: { status: 'cancelled', completedAt: at } },
          timeline('task.cancelled', { taskId: event.taskId }, event.taskId),
        ];
      case 'instance.completed':
        return [
          ...(await this.#openApprovals(caseId, jurisdiction)).flatMap((id): Mutation[] => [
            { kind: 'task.update', id, patch: { status: 'cancelled', completedAt: at } },
            timeline('task.cancelled', { taskId: id }, id),
          ]),
          timeline('process.completed', {}, event.instanceKey),
        ];
      case 'incident':
        return [
          timeline(
            'incident',
            {
              incidentKey: event.incidentKey,
              ...(event.jobKey === null ? {} : { jobKey: event.jobKey }),
              elementId: event.elementId,
              message: event.message,
            },
            `incident:${event.incidentKey}`,
          ),
        ];
    }
  }
}
