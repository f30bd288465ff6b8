import { AsyncLocalStorage } from 'node:async_hooks';
import type { Mutation } from '../../store/mutations.js';
import type { ArmedDue } from '../engine.js';
import { parkedUntil } from './instance-meta.js';
import type { LiveInstance } from './live-instance.js';

/** The instance a commit belongs to, and the root of its call-activity tree when its record names it. */
export interface CommittedInstance {
  instanceKey: string;
  /** Null: a child whose record predates root keys in its meta (the reader resolves it). */
  rootKey: string | null;
}

/** The live instance a commit belongs to, with its tree's root (itself when it was not called). */
export function committedInstance(live: Pick<LiveInstance, 'record' | 'meta'>): CommittedInstance {
  const { parent } = live.meta;
  return {
    instanceKey: live.record.instanceKey,
    rootKey: parent ? (parent.rootKey ?? null) : live.record.instanceKey,
  };
}

interface TreeDue {
  instanceKey: string;
  rootKey: string | null;
  ended: boolean;
}

interface JobState {
  tree: string;
  /** Null: a job only updated in this command, with no status in the patch. */
  status: string | null;
  runAfter: string | null;
  /** Null: only updated in this command (its type was not seen); treated as runnable. */
  type: string | null;
}

/**
 * What one command's commits armed (到期上报), folded from the writes they committed: per call-activity
 * tree, the timers left set and the jobs left pending and runnable, and whether its root ended. A
 * command that wrote a timer, then cleared it, or inserted a job and ran it in turn, reports nothing
 * for them. What the tree held before the command is not read: whoever owns the tree's durable timer
 * already knows it (reported when it was armed, or read when the tree was last stepped).
 */
class DueCollector {
  readonly #trees = new Map<string, TreeDue>();
  readonly #timers = new Map<string, { tree: string; dueAt: string | null }>();
  readonly #jobs = new Map<string, JobState>();
  #closed = false;

  constructor(private readonly runnable: (type: string) => boolean) {}

  note(instance: CommittedInstance, writes: readonly Mutation[]): void {
    if (this.#closed) return;
    const tree = instance.rootKey ?? `?${instance.instanceKey}`;
    const due = this.#trees.get(tree) ?? {
      instanceKey: instance.instanceKey,
      rootKey: instance.rootKey,
      ended: false,
    };
    this.#trees.set(tree, due);
    for (const m of writes) {
      if (m.kind === 'timer.set') this.#timers.set(timerId(m.record), { tree, dueAt: m.record.dueAt });
      else if (m.kind === 'timer.clear') this.#timers.set(timerId(m), { tree, dueAt: null });
      else if (m.kind === 'job.insert') {
        const { status, runAfter, type } = m.record;
        this.#jobs.set(m.record.jobKey, { tree, status, runAfter, type });
      } else if (m.kind === 'job.update') {
        const job = this.#jobs.get(m.jobKey) ?? { tree, status: null, runAfter: null, type: null };
        // a time set without a status (a woken call job, a retry's backoff, a park) keeps the job pending
        const status = m.patch.status ?? job.status ?? (m.patch.runAfter ? 'pending' : null);
        this.#jobs.set(m.jobKey, { ...job, status, runAfter: m.patch.runAfter ?? job.runAfter });
      } else if (
        m.kind === 'instance.save' &&
        m.record.instanceKey === instance.rootKey &&
        m.record.status !== 'active'
      )
        due.ended = true;
    }
  }

  /** Per tree the command touched: its earliest armed instant (null: none) and whether its root ended. */
  reports(): ArmedDue[] {
    this.#closed = true;
    const earliest = new Map<string, string>();
    const arm = (tree: string, at: string) => {
      const known = earliest.get(tree);
      if (known === undefined || at < known) earliest.set(tree, at);
    };
    for (const { tree, dueAt } of this.#timers.values()) if (dueAt !== null) arm(tree, dueAt);
    for (const job of this.#jobs.values()) {
      const at = jobDueAt(job, this.runnable);
      if (at !== null) arm(job.tree, at);
    }
    return [...this.#trees.entries()].map(([tree, due]) => ({
      instanceKey: due.instanceKey,
      rootKey: due.rootKey,
      armedAt: earliest.get(tree) ?? null,
      ended: due.ended,
    }));
  }
}

/**
 * When a job can wake its tree: pending, not parked for its called child, of a type this process
 * runs (a type not seen — a job only updated in a command — counts as runnable); null: it cannot.
 */
export function jobDueAt(
  job: { status: string | null; runAfter: string | null; type: string | null },
  runnable: (type: string) => boolean,
): string | null {
  const { status, runAfter, type } = job;
  if (status !== 'pending' || runAfter === null || runAfter >= parkedUntil) return null;
  return type === null || runnable(type) ? runAfter : null;
}

function timerId(t: { instanceKey: string; timerKey: string }): string {
  return `${t.instanceKey}\u0000${t.timerKey}`;
}

const scope = new AsyncLocalStorage<DueCollector>();

/** Records a commit's writes for the command running it, if it asked for due reports. */
export function noteCommitted(instance: CommittedInstance, writes: readonly Mutation[]): void {
  scope.getStore()?.note(instance, writes);
}

/**
 * Runs a command, then hands `report` what its commits armed, per call-activity tree (also when the
 * command failed part-way: what it committed stands). Commits of other commands running meanwhile
 * are theirs: each command's continuation carries its own collector.
 */
export async function collectingDue<T>(
  command: () => Promise<T>,
  runnable: (type: string) => boolean,
  report: (due: ArmedDue[]) => void,
): Promise<T> {
  const collector = new DueCollector(runnable);
  try {
    return await scope.run(collector, command);
  } finally {
    report(collector.reports());
  }
}
