import { createHash } from 'node:crypto';
import type { Clock } from '../common/clock.js';
import type { JsonObject } from '../common/json.js';
import type { Engine } from '../engine/engine.js';
import type { DefinitionVersionRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { RawDefinitionBundle } from './definition-bundle.js';
import { assertValidDefinition } from './validate/index.js';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Told of every new version once it is stored (e.g. open cases following changed local days). */
export type PublishListener = (
  previous: DefinitionVersionRecord | null,
  published: DefinitionVersionRecord,
) => Promise<void>;

/**
 * Publishing turns a definition into an immutable, numbered version: validated first (an invalid
 * definition is never published), its processes deployed, identical content not republished.
 */
export class DefinitionPublisher {
  constructor(
    private readonly store: Store,
    private readonly engine: Engine,
    private readonly clock: Clock,
    private readonly onPublished: PublishListener = async () => undefined,
  ) {}

  async publish(raw: RawDefinitionBundle, actor: string): Promise<DefinitionVersionRecord> {
    const bundle = await assertValidDefinition(raw);
    const hash = createHash('sha256').update(canonical(bundle)).digest('hex');
    const latest = await this.store.definitions.latest(bundle.jurisdiction);
    if (latest?.hash === hash) return latest;
    await this.engine.deploy(bundle.processes);
    const record: DefinitionVersionRecord = {
      jurisdiction: bundle.jurisdiction,
      version: (latest?.version ?? 0) + 1,
      hash,
      bundle: bundle as unknown as JsonObject,
      publishedAt: this.clock.now().toISOString(),
      publishedBy: actor,
    };
    await this.store.transact([{ kind: 'definition.publish', record }]);
    await this.onPublished(latest, record);
    return record;
  }
}
