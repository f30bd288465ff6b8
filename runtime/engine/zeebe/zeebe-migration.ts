import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe/index.js';
import { ConflictError } from '../../common/errors.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { MigrationCheck, MigrationProblem, MigrationRequest } from '../engine.js';
import { planRequest } from '../embedded/migration-plan.js';
import type { ElementModel, ProcessModel } from '../embedded/process-model.js';
import { namespacedId } from '../process-namespace.js';
import { zeebeState } from './instance-state.js';
import type { ProcessCatalog } from './process-catalog.js';

/** What Zeebe 8.5's MigrateProcessInstance moves: besides the process itself, these element types. */
const migratable = new Set(['bpmn:ServiceTask', 'bpmn:UserTask', 'bpmn:SubProcess']);

interface Planned {
  record: EngineInstanceRecord | null;
  check: MigrationCheck;
  source: ProcessModel | null;
  target: ProcessModel;
  targetKey: string;
  moves: Map<string, string>;
}

/**
 * Migration on Zeebe: the broker's MigrateProcessInstance command (8.4+) with one mapping instruction
 * per element that has a target (mapped, or the same id; instructions for inactive elements are
 * allowed), then the store rows follow. The dry run adds Zeebe 8.5's own limits to the common checks:
 * only service tasks, user tasks and embedded sub-processes move; no active call activity (the
 * child instance cannot follow), no timer boundary events, no event sub-processes in either version.
 * Active elements are what the store mirrors (inbox tasks, timers, subscriptions, children); the
 * broker remains the final judge and refuses the command otherwise. Not proven in CI (the broker is
 * retired there): compile- and lint-checked only.
 */
export class ZeebeMigration {
  constructor(
    private readonly zb: ZeebeGrpcClient,
    private readonly store: Store,
    private readonly catalog: ProcessCatalog,
  ) {}

  async plan(request: MigrationRequest): Promise<Planned> {
    const deployed = await this.store.processes.latest(namespacedId(request.namespace, request.processId));
    const target = deployed ? await this.catalog.model(deployed.processKey) : null;
    if (!deployed || !target)
      throw new ConflictError(
        `process ${request.processId} is not deployed on the broker`,
        [],
        'not_deployed',
      );
    const record = await this.store.engine.instance(request.instanceKey);
    const source = record ? await this.catalog.model(record.processKey) : null;
    const empty = { targetKey: deployed.processKey, target, moves: new Map<string, string>() };
    if (record?.status !== 'active' || !source) {
      const problem = {
        elementId: '',
        code: 'not_active',
        reason: `instance ${request.instanceKey} is not running`,
      };
      return { record: null, source: null, check: { activeElements: [], problems: [problem] }, ...empty };
    }
    const active = await this.#activeElements(record);
    const { moves, problems, activeElements } = planRequest(request, {
      source,
      target,
      active,
      variables: record.variables,
    });
    problems.push(...zeebeLimits(source, target, active, moves, zeebeState(record.state)?.children ?? []));
    return {
      record,
      source,
      check: { activeElements, problems },
      targetKey: deployed.processKey,
      target,
      moves,
    };
  }

  async migrate(request: MigrationRequest): Promise<MigrationCheck> {
    const { record, source, check, target, targetKey } = await this.plan(request);
    const state = zeebeState(record?.state ?? null);
    if (!record || !source || !state || check.problems.length)
      throw new ConflictError(
        'migration refused',
        check.problems.map((p) => ({ path: `/elements/${p.elementId}`, reason: `${p.code}: ${p.reason}` })),
        'migration_refused',
      );
    const mapped = new Map((request.mappings ?? []).map((m) => [m.from, m.to]));
    const mappingInstructions = [...source.elements.values()]
      .filter((el) => migratable.has(el.type) && target.elements.has(mapped.get(el.id) ?? el.id))
      .map((el) => ({ sourceElementId: el.id, targetElementId: mapped.get(el.id) ?? el.id }));
    await this.zb.migrateProcessInstance({
      processInstanceKey: state.zeebeInstanceKey,
      migrationPlan: { targetProcessDefinitionKey: targetKey, mappingInstructions },
    });
    const variables = request.variables ?? {};
    if (Object.keys(variables).length)
      await this.zb.setVariables({
        elementInstanceKey: state.zeebeInstanceKey,
        variables: variables as Record<string, never>,
        local: false,
      });
    const save: Mutation = {
      kind: 'instance.save',
      record: { ...record, processKey: targetKey, variables: { ...record.variables, ...variables } },
      expectedRev: record.rev,
    };
    await this.store.transact([
      ...(await this.#rekeyedTasks(record, mapped, target)),
      ...(request.effects ?? []),
      save,
    ]);
    return check;
  }

  /** Inbox tasks, timers and subscriptions the store mirrors for the instance, and its call activities. */
  async #activeElements(record: EngineInstanceRecord): Promise<string[]> {
    const ids = new Set<string>();
    for (const t of await this.#openTasks(record)) ids.add(t.elementId);
    for (const t of await this.store.engine.timersFor(record.instanceKey)) ids.add(t.elementId);
    for (const s of await this.store.engine.subscriptionsFor(record.instanceKey)) ids.add(s.elementId);
    return [...ids];
  }

  async #openTasks(record: EngineInstanceRecord) {
    const kase = await this.store.cases.get(record.businessKey);
    if (!kase) return [];
    const page = await this.store.tasks.list({
      jurisdiction: kase.jurisdiction,
      caseId: kase.id,
      status: 'open',
      limit: 500,
    });
    return page.items.filter((t) => t.instanceKey === record.instanceKey);
  }

  async #rekeyedTasks(
    record: EngineInstanceRecord,
    mapped: Map<string, string>,
    target: ProcessModel,
  ): Promise<Mutation[]> {
    const out: Mutation[] = [];
    for (const task of await this.#openTasks(record)) {
      const to = mapped.get(task.elementId);
      const el = to ? target.elements.get(to) : undefined;
      if (to && el)
        out.push({
          kind: 'task.update',
          id: task.id,
          patch: { elementId: to, name: el.name, formKey: el.formKey },
        });
    }
    return out;
  }
}

function zeebeLimits(
  source: ProcessModel,
  target: ProcessModel,
  active: readonly string[],
  moves: Map<string, string>,
  children: readonly string[],
): MigrationProblem[] {
  const out: MigrationProblem[] = [];
  const unsupported = (elementId: string, reason: string) =>
    out.push({ elementId, code: 'unsupported', reason });
  const hasEventSubProcess = (m: ProcessModel) => [...m.elements.values()].some((e) => e.eventSubProcess);
  if (hasEventSubProcess(source) || hasEventSubProcess(target))
    unsupported('', 'Zeebe 8.5 does not migrate processes with event sub-processes');
  if (children.length) unsupported('', 'Zeebe 8.5 does not migrate an instance with an active call activity');
  for (const id of active) {
    const el = source.elements.get(id) as ElementModel | undefined;
    if (el && el.type !== 'bpmn:BoundaryEvent' && !migratable.has(el.type))
      unsupported(id, `Zeebe 8.5 does not migrate a ${el.type}`);
    const timers = (m: ProcessModel, attached: string | undefined) =>
      [...m.elements.values()].some((b) => b.attachedTo === attached && b.timer);
    if (el?.type === 'bpmn:BoundaryEvent' || timers(source, id) || timers(target, moves.get(id)))
      unsupported(id, 'Zeebe 8.5 migrates only message boundary events');
  }
  return out;
}
