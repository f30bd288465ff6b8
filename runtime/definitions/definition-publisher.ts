import { createHash } from 'node:crypto';
import type { Clock } from '../common/clock.js';
import type { JsonObject } from '../common/json.js';
import type { Engine } from '../engine/engine.js';
import { bundleNamespace } from '../engine/process-namespace.js';
import type { Mutation } from '../store/mutations.js';
import type { DefinitionVersionRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { DefinitionError } from '../common/errors.js';
import type { DefinitionProblem, RawDefinitionBundle } from './definition-bundle.js';
import { assertValidDefinition, locatedDetail, type DraftSamples } from './validate/index.js';

/** What a publish checks beyond validation (the publish gate's own inputs). */
export interface PublishChecks {
  /** The jurisdiction's sample data for the expression dry run (its scenarios' inputs). */
  samples?: DraftSamples;
  /** Runs the jurisdiction's scenarios on the validated draft in a sandbox; any problem refuses it. */
  rehearse?: (draft: RawDefinitionBundle) => Promise<DefinitionProblem[]>;
}

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

/** What a person says about a version they publish (stored with it). */
export interface PublishOptions {
  /** The change note (变更说明). */
  note?: string | null;
  /** Set when an older version is published again (回滚至 v<n>). */
  rollbackOf?: number | null;
  /** Written in the same transaction as the new version (e.g. a new jurisdiction's record). */
  alongside?: readonly Mutation[];
}

/**
 * Publishing turns a definition into an immutable, numbered version: validated first (an invalid
 * definition is never published), rehearsed on the jurisdiction's scenarios when asked, its
 * processes deployed under the bundle's own namespace (a case starts exactly its version's
 * processes; call activities resolve within the bundle), identical content not republished. The
 * latest version is current: republishing version N (rollback) makes N's processes, forms and
 * settings current as a new version.
 */
export class DefinitionPublisher {
  constructor(
    private readonly store: Pick<Store, 'definitions' | 'transact'>,
    private readonly engine: Engine,
    private readonly clock: Clock,
    private readonly onPublished: PublishListener = async () => undefined,
  ) {}

  async publish(
    raw: RawDefinitionBundle,
    actor: string,
    checks: PublishChecks = {},
    options: PublishOptions = {},
  ): Promise<DefinitionVersionRecord> {
    const bundle = await assertValidDefinition(raw, checks.samples ? { samples: checks.samples } : {});
    const hash = hashOf(bundle);
    const latest = await this.store.definitions.latest(bundle.jurisdiction);
    if (latest?.hash !== hash) {
      const failed = checks.rehearse ? await checks.rehearse(raw) : [];
      if (failed.length > 0)
        throw new DefinitionError(
          `definition ${bundle.jurisdiction} fails ${failed.length} scenario(s)`,
          failed.map(locatedDetail),
        );
    }
    // Deployed even when unchanged: content deploys once per namespace (a no-op the second time).
    await this.#deploy(bundle);
    if (latest?.hash === hash) return latest;
    const record: DefinitionVersionRecord = {
      jurisdiction: bundle.jurisdiction,
      version: (latest?.version ?? 0) + 1,
      hash,
      bundle: bundle as unknown as JsonObject,
      publishedAt: this.clock.now().toISOString(),
      publishedBy: actor,
      note: options.note ?? null,
      rollbackOf: options.rollbackOf ?? null,
    };
    await this.store.transact([{ kind: 'definition.publish', record }, ...(options.alongside ?? [])]);
    await this.onPublished(latest, record);
    return record;
  }

  /**
   * A definition folder read at start-up: published only when its content was never published
   * before, so a version an administrator published (or rolled back to) stays current across
   * restarts. The current version's processes are deployed either way.
   */
  async publishFolder(
    raw: RawDefinitionBundle,
    actor: string,
    checks: PublishChecks = {},
  ): Promise<DefinitionVersionRecord> {
    const bundle = await assertValidDefinition(raw, checks.samples ? { samples: checks.samples } : {});
    const hash = hashOf(bundle);
    const versions = await this.store.definitions.listVersions(bundle.jurisdiction);
    const latest = await this.store.definitions.latest(bundle.jurisdiction);
    if (!latest || !versions.some((v) => v.hash === hash)) return this.publish(raw, actor, checks);
    await this.#deploy(latest.bundle as unknown as RawDefinitionBundle);
    return latest;
  }

  async #deploy(bundle: Pick<RawDefinitionBundle, 'jurisdiction' | 'processes'>): Promise<void> {
    await this.engine.deploy(bundle.processes, bundleNamespace(bundle.jurisdiction, bundle.processes));
  }
}

function hashOf(bundle: unknown): string {
  return createHash('sha256').update(canonical(bundle)).digest('hex');
}
