import type { NationalCalendar } from '../calendar/index.js';
import { WorkingCalendar, defaultNationalCalendar } from '../calendar/index.js';
import type { CalendarConfig } from '../definitions/mechanism.js';
import { NotFoundError } from '../common/errors.js';
import type { JsonObject, JsonValue } from '../common/json.js';
import type { DefinitionBundle, FormResource } from '../definitions/definition-bundle.js';
import type { Mechanism } from '../definitions/mechanism.js';
import { bundleNamespace } from '../engine/process-namespace.js';
import { evaluateRules } from '../expressions/rules.js';
import type { Store } from '../store/store.js';

/** The jsonata rules of `mechanism.routing` (its other fields say where they come from). */
export type RoutingRule = 'admissibility' | 'classSuggestion';

/** One published version of a jurisdiction's mechanism, compiled for use. */
export interface ActiveMechanism {
  jurisdiction: string;
  version: number;
  /** Where this version's processes are deployed: cases of the version start there. */
  namespace: string;
  mechanism: Mechanism;
  calendar: WorkingCalendar;
  forms: Map<string, FormResource>;
  /** The routing rules' values on one input, in one batch under the expression budget. */
  routing(names: RoutingRule[], input: JsonObject): Promise<JsonValue[]>;
}

/** The local days (mechanism.json `calendar` overrides) every case of a jurisdiction counts with. */
export type LocalDays = Pick<CalendarConfig, 'extraHolidays' | 'extraWorkdays'>;

function compile(
  bundle: DefinitionBundle,
  version: number,
  national: NationalCalendar,
  local: LocalDays,
): ActiveMechanism {
  return {
    jurisdiction: bundle.jurisdiction,
    version,
    namespace: bundleNamespace(bundle.jurisdiction, bundle.processes),
    mechanism: bundle.mechanism,
    calendar: new WorkingCalendar({ ...bundle.mechanism.calendar, ...local }, national),
    forms: new Map(bundle.forms.map((f) => [f.key, f])),
    routing(names, input) {
      const rules = names.map((name) => ({
        name: `路由规则 ${name}`,
        path: `/routing/${name}`,
        expression: bundle.mechanism.routing[name],
      }));
      return evaluateRules(bundle.jurisdiction, rules, input);
    },
  };
}

/**
 * Published mechanisms by jurisdiction and version, compiled once and cached (versions are immutable).
 *
 * Every version's working calendar stands on the platform's NationalCalendar and on the local days
 * of the jurisdiction's **latest** version: a local holiday is a fact about the day, so a case keeps
 * its version's rules but counts with today's local days (and follows when they change, see
 * DeadlineFollow). `forget(j)` after a publish drops the compiled versions of j.
 */
export class MechanismCatalog {
  #byVersion = new Map<string, Promise<ActiveMechanism>>();
  #local = new Map<string, Promise<{ version: number; days: LocalDays }>>();

  constructor(
    private readonly store: Pick<Store, 'definitions'>,
    readonly national: NationalCalendar = defaultNationalCalendar,
    /** Resolves once the national calendar holds the arrangements entered on the platform. */
    private readonly nationalReady: () => Promise<void> = async () => undefined,
  ) {}

  /**
   * The jurisdiction's newest version, compiled. Asks the store for the version number every time
   * (another process may have published), never re-reads a bundle it has compiled.
   */
  async current(jurisdiction: string): Promise<ActiveMechanism> {
    const latest = await this.store.definitions.latestVersion(jurisdiction);
    if (latest === null) throw new NotFoundError(`jurisdiction '${jurisdiction}' not found`);
    const known = await this.#local.get(jurisdiction)?.catch(() => null);
    if (known && known.version < latest) this.forget(jurisdiction);
    return this.version(jurisdiction, latest);
  }

  /** A new version of the jurisdiction was published: its local days may have changed. */
  forget(jurisdiction: string): void {
    this.#local.delete(jurisdiction);
    for (const key of [...this.#byVersion.keys()])
      if (key.startsWith(`${jurisdiction}@`)) this.#byVersion.delete(key);
  }

  /** The local days of the jurisdiction's latest version (none before its first publish). */
  localDays(jurisdiction: string): Promise<{ version: number; days: LocalDays }> {
    let local = this.#local.get(jurisdiction);
    if (!local) {
      local = this.store.definitions.latest(jurisdiction).then((rec) => {
        const calendar = (rec?.bundle as unknown as DefinitionBundle | undefined)?.mechanism.calendar;
        return {
          version: rec?.version ?? 0,
          days: {
            extraHolidays: calendar?.extraHolidays ?? [],
            extraWorkdays: calendar?.extraWorkdays ?? [],
          },
        };
      });
      local.catch(() => this.#local.delete(jurisdiction));
      this.#local.set(jurisdiction, local);
    }
    return local;
  }

  version(jurisdiction: string, version: number): Promise<ActiveMechanism> {
    const key = `${jurisdiction}@${version}`;
    let active = this.#byVersion.get(key);
    if (!active) {
      active = Promise.all([
        this.store.definitions.get(jurisdiction, version),
        this.localDays(jurisdiction),
        this.nationalReady(),
      ]).then(([rec, local]) => {
        if (!rec) throw new NotFoundError(`definition ${key} not found`);
        return compile(rec.bundle as unknown as DefinitionBundle, version, this.national, local.days);
      });
      active.catch(() => this.#byVersion.delete(key));
      this.#byVersion.set(key, active);
    }
    return active;
  }

  /** The mechanism a case runs on: the version it was started with. */
  async forVariables(variables: JsonObject): Promise<ActiveMechanism> {
    return this.version(String(variables.jurisdiction), Number(variables.definitionVersion));
  }
}
