import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseRecord, TaskRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import {
  approvalTask,
  dispatcherGroups,
  extensionApprovalElement,
  extensionStates,
  extensionsAllowed,
} from './extension-approval.js';
import type { MechanismCatalog } from './mechanism-catalog.js';
import { timelineEvent } from './timeline-event.js';

export interface ExtensionServiceDeps {
  store: Pick<Store, 'cases' | 'events' | 'tasks' | 'transact'>;
  clock: Clock;
  catalog: MechanismCatalog;
}

export const isDispatcher = (actor: Actor): boolean =>
  actor.roles.some((r) => ['dispatcher', 'jurisdiction-admin', 'platform-admin'].includes(r));

/**
 * 延期申请 → 延期审批: the assignee of an open task asks for more working days (within the
 * mechanism's `sla.maxExtensionWorkingDays`, at most `sla.maxExtensions` granted per case); the
 * request opens an approval item in the dispatcher's inbox; the dispatcher approves (the case
 * deadline and the task's due date move by the working days asked) or refuses, with a reason.
 */
export class ExtensionService {
  constructor(private readonly deps: ExtensionServiceDeps) {}

  async request(taskId: string, workingDays: number, reason: string, actor: Actor): Promise<string> {
    const task = await this.deps.store.tasks.get(taskId);
    if (!task) throw new NotFoundError('task not found');
    if (task.status !== 'open') throw new ConflictError(`task is ${task.status}`, [], 'task_not_open');
    if (task.assignee !== actor.id) throw new ConflictError('claim the task first', [], 'task_not_claimed');
    const kase = await this.#case(task.caseId);
    const { mechanism } = await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
    if (!extensionsAllowed(mechanism) || task.elementId === extensionApprovalElement)
      throw new ConflictError('the mechanism allows no extension', [], 'extension_not_allowed');
    if (workingDays > mechanism.sla.maxExtensionWorkingDays)
      throw new InputError('too many working days', [
        { path: '/workingDays', reason: `at most ${mechanism.sla.maxExtensionWorkingDays}` },
      ]);
    const timeline = await this.deps.store.events.listForCase(kase.id);
    const states = extensionStates(timeline);
    if (states.some((s) => s.status === 'pending'))
      throw new ConflictError('an extension request is pending', [], 'extension_pending');
    const granted = states.filter((s) => s.status === 'approved').length;
    if (granted + timeline.filter((e) => e.type === 'sla.extended').length >= mechanism.sla.maxExtensions)
      throw new ConflictError(`at most ${mechanism.sla.maxExtensions} extension(s)`, [], 'extension_limit');
    const requestId = newId('ext');
    const at = this.deps.clock.now().toISOString();
    await this.deps.store.transact([
      { kind: 'task.insert', record: approvalTask(kase, requestId, dispatcherGroups(mechanism), at) },
      this.#event(kase, actor, 'extension.requested', { taskId, requestId, workingDays, reason }, at),
    ]);
    return requestId;
  }

  /** The dispatcher approves (deadline and task due date move by the working days) or refuses. */
  async decide(
    caseId: string,
    requestId: string,
    approve: boolean,
    reason: string,
    actor: Actor,
  ): Promise<CaseRecord> {
    if (!isDispatcher(actor)) throw new NotAllowedError('only the dispatcher decides extensions');
    const kase = await this.#case(caseId);
    const timeline = await this.deps.store.events.listForCase(caseId);
    const request = extensionStates(timeline).find((s) => s.requestId === requestId);
    if (!request) throw new NotFoundError('extension request not found');
    if (request.status !== 'pending')
      throw new ConflictError('extension request already decided', [], 'already_decided');
    const at = this.deps.clock.now().toISOString();
    const item = await this.deps.store.tasks.get(`${requestId}_approval`);
    const closeItem: Mutation[] =
      item?.status === 'open'
        ? [
            {
              kind: 'task.update',
              id: item.id,
              patch: {
                status: 'completed',
                completedAt: at,
                completedBy: actor.id,
                assignee: item.assignee ?? actor.id,
                result: { approve, reason },
              },
            },
          ]
        : [];
    if (!approve) {
      await this.deps.store.transact([
        ...closeItem,
        this.#event(kase, actor, 'extension.refused', { requestId, reason }, at),
      ]);
      return this.#case(caseId);
    }
    const moves = await this.#moves(kase, request.workingDays, request.taskId);
    await this.deps.store.transact([
      ...closeItem,
      ...moves.effects,
      this.#event(
        kase,
        actor,
        'extension.approved',
        { requestId, days: request.workingDays, from: kase.deadlineAt, deadlineAt: moves.deadlineAt, reason },
        at,
      ),
    ]);
    return this.#case(caseId);
  }

  /** The case deadline and the open task's due date, moved by `days` working days. */
  async #moves(
    kase: CaseRecord,
    days: number,
    taskId: string,
  ): Promise<{ deadlineAt: string; effects: Mutation[] }> {
    if (!kase.deadlineAt) throw new ConflictError('the case has no deadline to extend', [], 'no_deadline');
    const { calendar } = await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
    const move = (iso: string) =>
      calendar.addWorkingDays(new Date(new Date(iso).getTime() - 1), days).toISOString();
    const deadlineAt = move(kase.deadlineAt);
    const task: TaskRecord | null = await this.deps.store.tasks.get(taskId);
    const at = this.deps.clock.now().toISOString();
    const effects: Mutation[] = [{ kind: 'case.update', id: kase.id, patch: { deadlineAt, updatedAt: at } }];
    if (task?.status === 'open' && task.dueAt)
      effects.push({ kind: 'task.update', id: task.id, patch: { dueAt: move(task.dueAt) } });
    return { deadlineAt, effects };
  }

  #event(
    kase: CaseRecord,
    actor: Actor,
    type: string,
    data: Record<string, string | number | boolean | null>,
    at: string,
  ): Mutation {
    return timelineEvent({ case: kase, at, actor: actor.id, type, data, key: [at, newId('k')] });
  }

  async #case(id: string): Promise<CaseRecord> {
    const kase = await this.deps.store.cases.get(id);
    if (!kase) throw new NotFoundError('case not found');
    return kase;
  }
}
