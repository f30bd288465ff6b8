import { NotFoundError } from '../../common/errors.js';
import { stableId } from '../../common/ids.js';
import type { Clock } from '../../common/clock.js';
import type { ProcessResource } from '../engine.js';
import type { Store } from '../../store/store.js';
import type { DeployedProcess } from '../engine.js';
import { namespacedId, namespaceOf } from '../process-namespace.js';
import { compileProcessModel, type ProcessModel } from './process-model.js';
import { processDeployed, resourceHash } from '../process-deployment.js';

/**
 * Deployed process versions: XML stored once per content hash and namespace (`process-namespace.ts`:
 * a bundle's processes under `<jurisdiction>.<hash>.<process id>`), compiled models cached per key,
 * so every instance shares one parsed source (recover needs no XML parsing).
 */
export class ProcessRegistry {
  #models = new Map<string, Promise<ProcessModel>>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly elements: Record<string, unknown>,
  ) {}

  async deploy(resource: ProcessResource, namespace = ''): Promise<DeployedProcess> {
    const model = await compileProcessModel(resource.xml, this.elements);
    const hash = resourceHash(resource.xml);
    const processId = namespacedId(namespace, model.processId);
    const existing = await this.store.processes.byHash(processId, hash);
    if (existing)
      return { processKey: existing.processKey, processId: existing.processId, version: existing.version };
    const version = ((await this.store.processes.latest(processId))?.version ?? 0) + 1;
    const processKey = stableId('proc', processId, String(version), hash);
    const deployed = { processKey, processId, version };
    await this.store.transact([processDeployed(resource, deployed, this.clock.now().toISOString())]);
    this.#models.set(processKey, Promise.resolve(model));
    return deployed;
  }

  /** The namespace a deployed process belongs to ('' for one deployed without). */
  async namespaceOf(processKey: string): Promise<string> {
    const [record, model] = await Promise.all([this.store.processes.get(processKey), this.model(processKey)]);
    return record ? namespaceOf(record.processId, model.processId) : '';
  }

  async latestKey(processId: string): Promise<string> {
    const latest = await this.store.processes.latest(processId);
    if (!latest) throw new NotFoundError(`process '${processId}' is not deployed`);
    return latest.processKey;
  }

  model(processKey: string): Promise<ProcessModel> {
    let model = this.#models.get(processKey);
    if (!model) {
      model = this.store.processes.get(processKey).then((p) => {
        if (!p) throw new NotFoundError(`process version '${processKey}' is not deployed`);
        return compileProcessModel(p.xml, this.elements);
      });
      model.catch(() => this.#models.delete(processKey));
      this.#models.set(processKey, model);
    }
    return model;
  }
}
