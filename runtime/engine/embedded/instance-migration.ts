import { ConflictError } from '../../common/errors.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { MigrationCheck, MigrationProblem, MigrationRequest } from '../engine.js';
import { namespacedId } from '../process-namespace.js';
import type { LiveInstance } from './live-instance.js';
import { migratedRecord, rekeyed } from './migrated-state.js';
import { planRequest } from './migration-plan.js';
import type { ProcessModel } from './process-model.js';
import type { ProcessRegistry } from './process-registry.js';

export interface MigratorDeps {
  store: Store;
  registry: ProcessRegistry;
  load(processKey: string, record: EngineInstanceRecord): Promise<LiveInstance>;
  commit(live: LiveInstance, effects: Mutation[], expectedRev: number): Promise<void>;
}

interface Planned {
  record: EngineInstanceRecord | null;
  check: MigrationCheck;
  targetKey: string;
  target: ProcessModel | null;
  renames: Map<string, string>;
}

const notActive = (instanceKey: string): MigrationProblem => ({
  elementId: '',
  code: 'not_active',
  reason: `instance ${instanceKey} is not running`,
});

/**
 * Migration on the embedded engine, for real: the instance's bpmn-engine state is recovered onto the
 * target process with its active elements renamed as mapped (`migrated-state.ts`), its inbox tasks,
 * jobs and timers re-keyed, and all of it committed with the caller's effects in one transaction.
 * Callers hold the instance's lock.
 */
export class InstanceMigrator {
  constructor(private readonly deps: MigratorDeps) {}

  async plan(request: MigrationRequest): Promise<Planned> {
    const { store, registry } = this.deps;
    const targetKey = await registry.latestKey(namespacedId(request.namespace, request.processId));
    const target = await registry.model(targetKey);
    const record = await store.engine.instance(request.instanceKey);
    if (record?.status !== 'active')
      return {
        record: null,
        check: { activeElements: [], problems: [notActive(request.instanceKey)] },
        targetKey,
        target,
        renames: new Map(),
      };
    const source = await registry.model(record.processKey);
    const live = await this.deps.load(record.processKey, record);
    const active = [...new Set(live.activeElements().map((a) => a.elementId))];
    const { moves, problems, activeElements } = planRequest(request, {
      source,
      target,
      active,
      variables: record.variables,
    });
    const renames = new Map([...moves].filter(([from, to]) => from !== to));
    if (source.processId !== target.processId) renames.set(source.processId, target.processId);
    if (source.definitionsId !== target.definitionsId)
      renames.set(source.definitionsId, target.definitionsId);
    return { record, check: { activeElements, problems }, targetKey, target, renames };
  }

  async migrate(request: MigrationRequest): Promise<MigrationCheck> {
    const { record, check, targetKey, target, renames } = await this.plan(request);
    if (!record || !target || check.problems.length) throw refused(check.problems);
    const moved = migratedRecord(record, targetKey, renames);
    moved.variables = { ...record.variables, ...(request.variables ?? {}) };
    let live: LiveInstance;
    try {
      live = await this.deps.load(targetKey, moved);
    } catch (error) {
      const reason = `the target cannot take the instance's state: ${(error as Error).message}`;
      throw refused([{ elementId: '', code: 'state_not_recoverable', reason }]);
    }
    const effects = [
      ...(await rekeyed(this.deps.store, record, renames, target)),
      ...(request.effects ?? []),
    ];
    await this.deps.commit(live, effects, record.rev);
    return check;
  }
}

function refused(problems: MigrationProblem[]): ConflictError {
  return new ConflictError(
    'migration refused',
    problems.map((p) => ({ path: `/elements/${p.elementId}`, reason: `${p.code}: ${p.reason}` })),
    'migration_refused',
  );
}
