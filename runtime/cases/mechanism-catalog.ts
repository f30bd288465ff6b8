import jsonata from 'jsonata';
import { WorkingCalendar } from '../calendar/index.js';
import { NotFoundError } from '../common/errors.js';
import type { JsonObject } from '../common/json.js';
import type { DefinitionBundle, FormResource } from '../definitions/definition-bundle.js';
import type { Mechanism } from '../definitions/mechanism.js';
import type { Store } from '../store/store.js';

/** The jsonata rules of `mechanism.routing` (its other fields say where they come from). */
export type RoutingRule = 'admissibility' | 'classSuggestion';

/** One published version of a jurisdiction's mechanism, compiled for use. */
export interface ActiveMechanism {
  jurisdiction: string;
  version: number;
  mechanism: Mechanism;
  calendar: WorkingCalendar;
  forms: Map<string, FormResource>;
  rule(name: RoutingRule): jsonata.Expression;
}

function compile(bundle: DefinitionBundle, version: number): ActiveMechanism {
  const rules = new Map<string, jsonata.Expression>();
  return {
    jurisdiction: bundle.jurisdiction,
    version,
    mechanism: bundle.mechanism,
    calendar: new WorkingCalendar(bundle.mechanism.calendar),
    forms: new Map(bundle.forms.map((f) => [f.key, f])),
    rule(name) {
      let expr = rules.get(name);
      if (!expr) {
        expr = jsonata(bundle.mechanism.routing[name]);
        rules.set(name, expr);
      }
      return expr;
    },
  };
}

/** Published mechanisms by jurisdiction and version, compiled once and cached (versions are immutable). */
export class MechanismCatalog {
  #byVersion = new Map<string, Promise<ActiveMechanism>>();

  constructor(private readonly store: Store) {}

  async current(jurisdiction: string): Promise<ActiveMechanism> {
    const latest = await this.store.definitions.latest(jurisdiction);
    if (!latest) throw new NotFoundError(`jurisdiction '${jurisdiction}' not found`);
    return this.version(jurisdiction, latest.version);
  }

  version(jurisdiction: string, version: number): Promise<ActiveMechanism> {
    const key = `${jurisdiction}@${version}`;
    let active = this.#byVersion.get(key);
    if (!active) {
      active = this.store.definitions.get(jurisdiction, version).then((rec) => {
        if (!rec) throw new NotFoundError(`definition ${key} not found`);
        return compile(rec.bundle as unknown as DefinitionBundle, version);
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
