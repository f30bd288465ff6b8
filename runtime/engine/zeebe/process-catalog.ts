import type { ProcessResource } from '../../definitions/definition-bundle.js';
import { compileProcessModel, type ElementModel } from '../embedded/process-model.js';

/**
 * What the adapter reads from the BPMN it deploys (Zeebe's jobs carry element ids, not names):
 * element names for inbox tasks and configured retries for back-off, per process id and version.
 */
export class ProcessCatalog {
  readonly #byVersion = new Map<string, Map<string, ElementModel>>();
  readonly #latest = new Map<string, Map<string, ElementModel>>();

  async add(resource: ProcessResource, processId: string, version: number): Promise<void> {
    const model = await compileProcessModel(resource.xml);
    this.#byVersion.set(`${processId}@${version}`, model.elements);
    this.#latest.set(processId, model.elements);
  }

  element(processId: string, version: number, elementId: string): ElementModel | undefined {
    const elements = this.#byVersion.get(`${processId}@${version}`) ?? this.#latest.get(processId);
    return elements?.get(elementId);
  }
}
