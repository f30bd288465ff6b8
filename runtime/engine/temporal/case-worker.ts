import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DefaultLogger, NativeConnection, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { CaseActivities } from './case-activities.js';

let bundle: ReturnType<typeof bundleWorkflowCode> | null = null;

/** The case workflow bundled once per process (webpack takes seconds; every worker shares it). */
function workflowBundle(): ReturnType<typeof bundleWorkflowCode> {
  const source = ['case-workflow.ts', 'case-workflow.js']
    .map((name) => fileURLToPath(new URL(name, import.meta.url)))
    .find((path) => existsSync(path));
  if (!source) throw new Error('temporal engine: case-workflow source not found beside case-worker');
  bundle ??= bundleWorkflowCode({ workflowsPath: source, logger: new DefaultLogger('WARN') });
  return bundle;
}

/** Writes the case workflow bundle to `path` (what TEMPORAL_WORKFLOW_BUNDLE names); one webpack run. */
export async function writeWorkflowBundle(path: string): Promise<void> {
  writeFileSync(path, (await workflowBundle()).code);
}

let runtimeInstalled = false;

/** The SDK's core runtime logs warnings and errors only (once per process, before any connection). */
function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed by the embedding process: keep its settings
  }
}

export interface CaseWorkerOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  /** A bundle `writeWorkflowBundle` wrote; absent: bundle in this process. */
  workflowBundlePath?: string | undefined;
  activities: CaseActivities;
  /** Where a worker that stopped on an error is reported. */
  onError: (error: unknown) => void;
}

/** A replica's Temporal worker: polls the task queue for case workflow and activity tasks. */
export class CaseWorker {
  readonly #worker: Worker;
  readonly #connection: NativeConnection;
  readonly #running: Promise<void>;

  private constructor(worker: Worker, connection: NativeConnection, onError: (error: unknown) => void) {
    this.#worker = worker;
    this.#connection = connection;
    this.#running = worker.run().catch(onError);
  }

  static async start(options: CaseWorkerOptions): Promise<CaseWorker> {
    quietRuntime();
    const connection = await NativeConnection.connect({ address: options.address });
    const worker = await Worker.create({
      connection,
      namespace: options.namespace,
      taskQueue: options.taskQueue,
      workflowBundle: options.workflowBundlePath
        ? { codePath: options.workflowBundlePath }
        : await workflowBundle(),
      activities: options.activities,
    });
    return new CaseWorker(worker, connection, options.onError);
  }

  /** The worker's native connection: the replica's client shares it (no second, pure-JS gRPC stack). */
  get connection(): NativeConnection {
    return this.#connection;
  }

  async close(): Promise<void> {
    if (this.#worker.getState() === 'RUNNING') this.#worker.shutdown();
    await this.#running;
    await this.#connection.close();
  }
}
