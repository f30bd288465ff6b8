import { timelineEvent } from './timeline-event.js';
import type { Clock } from '../common/clock.js';
import { InputError, NotFoundError } from '../common/errors.js';
import { isJsonObject, type JsonObject } from '../common/json.js';
import type { DefinitionBundle } from '../definitions/definition-bundle.js';
import type { ElementMapping, Engine, MigrationProblem } from '../engine/engine.js';
import { bundleNamespace } from '../engine/process-namespace.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';

/** Which open cases of a version move where (迁移): all, or those named / at given elements. */
export interface MigrationInput {
  fromVersion: number;
  toVersion: number;
  caseIds?: string[];
  /** Only cases with one of these elements active (e.g. the broken task they are stuck at). */
  elementIds?: string[];
  mappings?: ElementMapping[];
}

export interface CaseMigrationCheck {
  caseId: string;
  title: string;
  activeElements: { elementId: string; name: string }[];
  movable: boolean;
  problems: MigrationProblem[];
}

/** Cases one dry run or migration looks at (paged by the caller with `caseIds` beyond it). */
const caseLimit = 500;

/**
 * Moves open cases from one published version to another — how cases stuck on a broken version are
 * rescued. A dry run lists per case what can move and what cannot and why; executing moves each case
 * on its own (one store transaction: the instance onto the target's process with mapped elements,
 * its tasks, jobs and timers re-keyed, the case's pinned version, one timeline entry).
 */
export class MigrationService {
  constructor(
    private readonly deps: { store: Pick<Store, 'cases' | 'definitions'>; engine: Engine; clock: Clock },
  ) {}

  /** How many open cases run on a version (what publishing over it affects). */
  async openCases(jurisdiction: string, version: number): Promise<number> {
    const page = await this.deps.store.cases.list({
      jurisdiction,
      status: 'open',
      definitionVersion: version,
      limit: 1,
    });
    return page.total;
  }

  async dryRun(jurisdiction: string, input: MigrationInput): Promise<CaseMigrationCheck[]> {
    const target = await this.#target(jurisdiction, input);
    const checks: CaseMigrationCheck[] = [];
    for (const kase of await this.#cases(jurisdiction, input)) {
      const check = await this.#check(kase, target, input);
      if (check) checks.push(check);
    }
    return checks;
  }

  async migrate(
    jurisdiction: string,
    input: MigrationInput & { note?: string | null },
    actor: Actor,
  ): Promise<{ migrated: string[]; refused: CaseMigrationCheck[] }> {
    const target = await this.#target(jurisdiction, input);
    const migrated: string[] = [];
    const refused: CaseMigrationCheck[] = [];
    for (const kase of await this.#cases(jurisdiction, input)) {
      const check = await this.#check(kase, target, input);
      if (!check) continue;
      if (!check.movable) {
        refused.push(check);
        continue;
      }
      try {
        await this.deps.engine.migrate({
          ...this.#request(kase, target, input),
          variables: { definitionVersion: input.toVersion },
          effects: this.#effects(kase, input, check, actor),
        });
        migrated.push(kase.id);
      } catch (error) {
        // Moved by someone else meanwhile, or refused at the last moment: reported, never half-done.
        const reason = error instanceof Error ? error.message : String(error);
        refused.push({ ...check, movable: false, problems: [{ elementId: '', code: 'refused', reason }] });
      }
    }
    return { migrated, refused };
  }

  async #target(jurisdiction: string, input: MigrationInput): Promise<Target> {
    if (input.fromVersion === input.toVersion)
      throw new InputError('source and target versions are the same', [
        { path: '/toVersion', reason: 'must differ from fromVersion' },
      ]);
    const [from, to] = await Promise.all(
      [input.fromVersion, input.toVersion].map((v) => this.deps.store.definitions.get(jurisdiction, v)),
    );
    if (!from) throw new NotFoundError('version not found', [{ path: '/fromVersion', reason: 'not_found' }]);
    if (!to) throw new NotFoundError('version not found', [{ path: '/toVersion', reason: 'not_found' }]);
    const bundle = to.bundle as unknown as DefinitionBundle;
    const namespace = bundleNamespace(jurisdiction, bundle.processes);
    // Deployed at publication; again here (a no-op) for versions published before namespaces.
    await this.deps.engine.deploy(bundle.processes, namespace);
    const formFields = Object.fromEntries(
      bundle.forms.map((f) => [
        f.key,
        Object.keys(isJsonObject(f.schema.properties) ? f.schema.properties : {}),
      ]),
    );
    return { namespace, processId: bundle.mechanism.caseProcess, formFields };
  }

  async #cases(jurisdiction: string, input: MigrationInput): Promise<CaseRecord[]> {
    const onVersion = (c: CaseRecord | null): c is CaseRecord =>
      c?.jurisdiction === jurisdiction && c.status === 'open' && c.definitionVersion === input.fromVersion;
    if (input.caseIds) {
      const cases = await Promise.all(input.caseIds.map((id) => this.deps.store.cases.get(id)));
      return cases.filter(onVersion);
    }
    const page = await this.deps.store.cases.list({
      jurisdiction,
      status: 'open',
      definitionVersion: input.fromVersion,
      limit: caseLimit,
    });
    return page.items;
  }

  async #check(kase: CaseRecord, target: Target, input: MigrationInput): Promise<CaseMigrationCheck | null> {
    const base = { caseId: kase.id, title: kase.title };
    if (!kase.instanceKey) {
      const problem = { elementId: '', code: 'not_active', reason: 'the case has no running process' };
      return { ...base, activeElements: [], movable: false, problems: [problem] };
    }
    const check = await this.deps.engine.planMigration(this.#request(kase, target, input));
    const wanted = input.elementIds;
    if (wanted && !check.activeElements.some((a) => wanted.includes(a.elementId))) return null;
    return { ...base, ...check, movable: check.problems.length === 0 };
  }

  #request(kase: CaseRecord, target: Target, input: MigrationInput) {
    return {
      instanceKey: kase.instanceKey as string,
      namespace: target.namespace,
      processId: target.processId,
      mappings: input.mappings ?? [],
      formFields: target.formFields,
    };
  }

  /** The case now runs the target version; its timeline says who moved it, from where, and why. */
  #effects(
    kase: CaseRecord,
    input: MigrationInput & { note?: string | null },
    check: CaseMigrationCheck,
    actor: Actor,
  ): Mutation[] {
    const at = this.deps.clock.now().toISOString();
    const data: JsonObject = {
      fromVersion: input.fromVersion,
      toVersion: input.toVersion,
      note: input.note ?? null,
      elements: check.activeElements.map((a) => a.name),
      mappings: (input.mappings ?? []).map((m) => ({ from: m.from, to: m.to })),
    };
    return [
      { kind: 'case.update', id: kase.id, patch: { definitionVersion: input.toVersion, updatedAt: at } },
      timelineEvent({
        case: kase,
        at,
        actor: actor.id,
        type: 'case.migrated',
        data,
        key: [String(input.fromVersion), String(input.toVersion), at],
      }),
    ];
  }
}

interface Target {
  namespace: string;
  processId: string;
  formFields: Record<string, string[]>;
}
