import type { ProcessResource } from '../engine.js';
import type { Store } from '../../store/store.js';
import { compileProcessModel, type ElementModel, type ProcessModel } from '../embedded/process-model.js';
import { processDeployed } from '../process-deployment.js';

/**
 * What the adapter reads from the BPMN it deploys (Zeebe's jobs carry element ids, not names):
 * element names for inbox tasks and configured retries for back-off, per process definition key.
 * Deployed XML is kept in the store's process table under Zeebe's key, so a restarted adapter
 * (whose definitions are unchanged and so not deployed again) still knows every version's elements.
 */
export class ProcessCatalog {
  readonly #byKey = new Map<string, Promise<ProcessModel | null>>();

  constructor(
    private readonly store: Store,
    private readonly now: () => string,
  ) {}

  async add(
    processKey: string,
    resource: ProcessResource,
    processId: string,
    version: number,
  ): Promise<void> {
    const model = await compileProcessModel(resource.xml);
    this.#byKey.set(processKey, Promise.resolve(model));
    if (await this.store.processes.get(processKey)) return;
    await this.store.transact([processDeployed(resource, { processKey, processId, version }, this.now())]);
  }

  async element(processKey: string, elementId: string): Promise<ElementModel | undefined> {
    return (await this.model(processKey))?.elements.get(elementId);
  }

  /** The deployed process of a Zeebe process definition key, or null when this store never saw it. */
  model(processKey: string): Promise<ProcessModel | null> {
    let model = this.#byKey.get(processKey);
    if (!model) {
      model = this.store.processes
        .get(processKey)
        .then(async (record) => (record ? compileProcessModel(record.xml) : null));
      this.#byKey.set(processKey, model);
    }
    return model;
  }
}
