import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { timelineEvent } from './timeline-event.js';
import { isJsonObject, type JsonObject } from '../common/json.js';
import type { Engine } from '../engine/engine.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseRecord, TaskRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import { extensionApprovalElement } from './extension-approval.js';
import { isDispatcher } from './extension-service.js';
import { FormValidator } from './form-validator.js';
import { nextUrging } from './urging.js';
import type { MechanismCatalog } from './mechanism-catalog.js';

export interface TaskServiceDeps {
  store: Pick<Store, 'cases' | 'directory' | 'events' | 'tasks' | 'transact'>;
  engine: Engine;
  clock: Clock;
  catalog: MechanismCatalog;
}

/** Whether a form models 退单: its `handleOutcome` offers `return` (湖州 `handle`). */
export function modelsReturn(schema: unknown): boolean {
  const outcome = (schema as { properties?: { handleOutcome?: { enum?: unknown[] } } } | null)?.properties
    ?.handleOutcome;
  return Array.isArray(outcome?.enum) && outcome.enum.includes('return');
}

/**
 * Working a task (办理): claim and release, complete through its form, reassign (改派) and return
 * (退回) with a reason, urging (催办) by hand, and comments on the case. Every action is one transaction: the change and its timeline entry.
 */
export class TaskService {
  #forms = new FormValidator();

  constructor(private readonly deps: TaskServiceDeps) {}

  /** Claim an open task of one's groups (or release it: back unclaimed to its groups). */
  async claim(taskId: string, actor: Actor, release = false): Promise<TaskRecord> {
    const claimed = await this.deps.store.tasks.get(taskId);
    if (!release && claimed?.status === 'open' && claimed.assignee && claimed.assignee !== actor.id)
      throw new ConflictError('task is claimed by someone else', [], 'task_claimed');
    const task = await this.#workable(taskId, actor);
    // claiming what one holds changes nothing (a client retrying a claim whose answer it lost)
    if (!release && task.assignee === actor.id) return task;
    const at = this.deps.clock.now().toISOString();
    const kase = await this.#case(task.caseId);
    const type = release ? 'task.unclaimed' : 'task.claimed';
    await this.deps.store.transact([
      { kind: 'task.update', id: taskId, patch: { assignee: release ? null : actor.id } },
      this.#event(kase, actor, type, { taskId }, at, [taskId, at, newId('k')]),
    ]);
    return this.#task(taskId);
  }

  release(taskId: string, actor: Actor): Promise<TaskRecord> {
    return this.claim(taskId, actor, true);
  }

  /** Complete a task: `data` is validated against its form, then the engine moves the process on. */
  async complete(taskId: string, data: unknown, actor: Actor): Promise<TaskRecord> {
    const task = await this.#workable(taskId, actor);
    if (task.elementId === extensionApprovalElement)
      throw new ConflictError('decide the extension request instead', [], 'extension_decision');
    const kase = await this.#case(task.caseId);
    if (!isJsonObject(data as never))
      throw new InputError('data must be an object', [{ path: '/data', reason: 'must be object' }]);
    if (task.formKey) {
      const form = (await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion)).forms.get(
        task.formKey,
      );
      if (form) this.#forms.validate(form.schema, data, '/data');
    }
    const at = this.deps.clock.now().toISOString();
    const result = data as JsonObject;
    await this.deps.engine.completeUserTask(taskId, { ...result, lastCompletedBy: actor.id }, [
      {
        kind: 'task.update',
        id: taskId,
        patch: {
          status: 'completed',
          completedAt: at,
          completedBy: actor.id,
          result,
          assignee: task.assignee ?? actor.id,
        },
      },
      this.#event(kase, actor, 'task.completed', { taskId, name: task.name, result }, at, [taskId]),
      ...(await this.#handlingUnit(kase, actor)),
    ]);
    return this.#task(taskId);
  }

  /** 改派: the dispatcher gives an open task to a staff member of the jurisdiction. */
  async reassign(taskId: string, assignee: string, reason: string, actor: Actor): Promise<TaskRecord> {
    if (!isDispatcher(actor)) throw new NotAllowedError('only the dispatcher reassigns tasks');
    const { task, kase } = await this.#open(taskId);
    const user = await this.deps.store.directory.user(assignee);
    if (!user || user.jurisdiction !== task.jurisdiction || user.enterpriseId)
      throw new InputError('assignee not found', [
        { path: '/assignee', reason: 'no such staff member here' },
      ]);
    await this.#commit(
      kase,
      actor,
      'task.reassigned',
      { taskId, from: task.assignee, to: assignee, reason },
      [{ kind: 'task.update', id: taskId, patch: { assignee } }],
    );
    return this.#task(taskId);
  }

  /**
   * 退回 / 退单. Where the task's form models a return (`handleOutcome: "return"`, e.g. 湖州's
   * `handle`), the task is completed with that outcome, the reason as `returnNote` and the given
   * `returnReason`: the BPMN then records the return, stops the clock and opens the front desk's
   * 退单审核 (redispatch or reject). Elsewhere no mechanism models a return path: the task goes
   * back unclaimed to its candidate groups (the same step), with the reason on the timeline.
   */
  async giveBack(
    taskId: string,
    reason: string,
    actor: Actor,
    returnReason?: string,
  ): Promise<{ task: TaskRecord; routed: boolean }> {
    const { task, kase } = await this.#open(taskId);
    this.#mustWork(task, actor);
    const form = task.formKey
      ? (await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion)).forms.get(task.formKey)
      : undefined;
    if (form && modelsReturn(form.schema)) {
      const data = { handleOutcome: 'return', returnNote: reason, ...(returnReason ? { returnReason } : {}) };
      return { task: await this.complete(taskId, data, actor), routed: true };
    }
    await this.#commit(kase, actor, 'task.returned', { taskId, reason }, [
      { kind: 'task.update', id: taskId, patch: { assignee: null } },
    ]);
    return { task: await this.#task(taskId), routed: false };
  }

  /**
   * 催办 by hand: recorded like the timer's urging (counted in the KPI's urgings) with its number on
   * the case; a message is required and a task is urged at most the day's limit (`urging.ts`).
   */
  async urge(taskId: string, message: string, actor: Actor): Promise<{ count: number }> {
    const { task, kase } = await this.#open(taskId);
    const { mechanism } = await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
    const timeline = await this.deps.store.events.listForCase(kase.id);
    const now = this.deps.clock.now().toISOString();
    const count = nextUrging(timeline, taskId, message, now, mechanism);
    await this.#commit(
      kase,
      actor,
      'urged',
      { taskId, manual: true, message: message.trim(), count, groups: task.candidateGroups },
      [],
    );
    return { count };
  }

  async comment(caseId: string, text: string, actor: Actor): Promise<void> {
    await this.#commit(await this.#case(caseId), actor, 'comment', { text }, []);
  }

  #mustWork(task: TaskRecord, actor: Actor): void {
    const mine = task.assignee
      ? task.assignee === actor.id
      : task.candidateGroups.some((g) => actor.groups.includes(g));
    if (!mine) throw new NotAllowedError('this task is not yours to work');
  }

  async #commit(
    kase: CaseRecord,
    actor: Actor,
    type: string,
    data: JsonObject,
    effects: Mutation[],
  ): Promise<void> {
    const at = this.deps.clock.now().toISOString();
    await this.deps.store.transact([...effects, this.#event(kase, actor, type, data, at, [at, newId('k')])]);
  }

  /** A staff action's timeline entry; `key` tells this occurrence apart (a task completes once). */
  #event(
    kase: CaseRecord,
    actor: Actor,
    type: string,
    data: JsonObject,
    at: string,
    key: string[],
  ): Mutation {
    return timelineEvent({ case: kase, at, actor: actor.id, type, data, key });
  }

  /**
   * An open task the actor may work: 首问负责制 — once a task is assigned (claimed, or assigned by
   * the model), only its assignee works it; unassigned, only its candidate groups.
   */
  async #workable(taskId: string, actor: Actor): Promise<TaskRecord> {
    const task = await this.deps.store.tasks.get(taskId);
    if (!task) throw new NotFoundError(`task '${taskId}' not found`);
    if (task.status !== 'open') throw new ConflictError(`task is ${task.status}`, [], 'task_not_open');
    if (task.assignee && task.assignee !== actor.id)
      throw new NotAllowedError('this task is assigned to someone else');
    if (!task.assignee && !task.candidateGroups.some((g) => actor.groups.includes(g)))
      throw new NotAllowedError('this task belongs to another group');
    return task;
  }

  /** 承办单位: the org unit of the staff member working the case, recorded for per-unit KPIs. */
  async #handlingUnit(kase: CaseRecord, actor: Actor): Promise<Mutation[]> {
    const unit = (await this.deps.store.directory.user(actor.id))?.orgUnitId;
    return unit
      ? [
          {
            kind: 'caseUnit.set',
            record: { caseId: kase.id, jurisdiction: kase.jurisdiction, orgUnitId: unit },
          },
        ]
      : [];
  }

  async #open(taskId: string): Promise<{ task: TaskRecord; kase: CaseRecord }> {
    const task = await this.#task(taskId);
    if (task.status !== 'open') throw new ConflictError(`task is ${task.status}`, [], 'task_not_open');
    return { task, kase: await this.#case(task.caseId) };
  }

  async #task(id: string): Promise<TaskRecord> {
    const task = await this.deps.store.tasks.get(id);
    if (!task) throw new NotFoundError('task not found');
    return task;
  }

  async #case(id: string): Promise<CaseRecord> {
    const kase = await this.deps.store.cases.get(id);
    if (!kase) throw new NotFoundError('case not found');
    return kase;
  }
}
