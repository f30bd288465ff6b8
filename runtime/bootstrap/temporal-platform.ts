import { TemporalEngine } from '../engine/temporal/temporal-engine.js';
import { embeddedParts, type EmbeddedPlatformOptions } from './embedded-platform.js';
import { assemblePlatform, type Platform } from './platform.js';

export interface TemporalSettings {
  /** Frontend address (env TEMPORAL_ADDRESS), e.g. `127.0.0.1:7233`. */
  address: string;
  /** Env TEMPORAL_NAMESPACE (default `default`). */
  namespace: string;
  /** Env TEMPORAL_TASK_QUEUE (default `platform`): one per deployment; every replica polls it. */
  taskQueue: string;
  /** Env TEMPORAL_WORKFLOW_BUNDLE: the case workflow prebundled (scripts/temporal/bundle-workflow.ts). */
  workflowBundlePath?: string | undefined;
}

/**
 * Composition root for the scale-out engine: the embedded interpreter on the store (PostgreSQL for
 * several replicas), stepped by one Temporal workflow per case (durable timers, retries, failover).
 */
export async function createTemporalPlatform(
  options: EmbeddedPlatformOptions & TemporalSettings,
): Promise<Platform> {
  const { store, engine: stepper, clock, projector, events } = embeddedParts(options);
  const engine = await TemporalEngine.connect({ ...options, stepper, store, clock });
  return assemblePlatform(store, engine, clock, projector, events, options.messages);
}

/** The Temporal settings from the environment, or null when TEMPORAL_ADDRESS is not set. */
export function temporalEnvironment(env: NodeJS.ProcessEnv = process.env): TemporalSettings | null {
  if (!env.TEMPORAL_ADDRESS) return null;
  return {
    address: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? 'platform',
    workflowBundlePath: env.TEMPORAL_WORKFLOW_BUNDLE || undefined,
  };
}
