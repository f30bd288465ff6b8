import type { EngineInstanceRecord } from '../../store/records.js';
import type { LiveInstance } from './live-instance.js';

/**
 * Recently stepped instances kept live (bounded, least recently used out), so a step that follows
 * soon after — a task completed, a job run, a parent woken — skips rebuilding bpmn-engine from the
 * saved state. The store stays the truth: a kept instance is used only if the stored record is
 * still the one it committed (same revision, process version and save time), and it is taken out
 * while it steps, so a failed step can never leave a half-stepped copy behind.
 */
export class WarmInstances {
  readonly #kept = new Map<string, LiveInstance>();

  constructor(private readonly limit: number) {}

  /** The kept instance for this stored record, removed from the cache; null if none or stale. */
  take(record: EngineInstanceRecord): LiveInstance | null {
    const live = this.#kept.get(record.instanceKey);
    if (!live) return null;
    this.#kept.delete(record.instanceKey);
    const kept = live.record;
    const same =
      kept.rev === record.rev && kept.processKey === record.processKey && kept.updatedAt === record.updatedAt;
    return same && !live.completed && !live.broken ? live : null;
  }

  /** Keep an instance whose step committed (evicting the least recently used beyond the limit). */
  keep(live: LiveInstance): void {
    if (this.limit === 0 || live.completed || live.broken) return;
    this.#kept.delete(live.record.instanceKey);
    this.#kept.set(live.record.instanceKey, live);
    if (this.#kept.size > this.limit) this.#kept.delete(this.#kept.keys().next().value as string);
  }

  forget(instanceKey: string): void {
    this.#kept.delete(instanceKey);
  }
}
