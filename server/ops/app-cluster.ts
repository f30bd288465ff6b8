import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';

/** A worker that dies sooner than this after its start is restarted only after a pause (crash loop). */
const quickDeathMs = 5000;

/**
 * APP_PROCESSES — app processes serving one port (node:cluster), default 1; at most 64. Each is the
 * whole server (API, engine steps, timers, jobs, delivery) on the same store; with the embedded
 * SQLite store they share the one WAL file and coordinate through its tables (`SqliteCoordination`).
 */
export function appProcesses(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.APP_PROCESSES;
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error(`APP_PROCESSES must be a whole number from 1 to 64, not '${raw}'`);
  return n;
}

/**
 * Several app processes need a store they coordinate through (instance leases, rate-limit windows,
 * the live feed): SQLite's file or PostgreSQL. MongoStore keeps these in process memory in both of its
 * modes (and its write journal takes one writer per database), so two processes on it would step
 * the same instance twice: refuse to start instead.
 */
export function assertStoreServesProcesses(
  coordination: { readonly shared: boolean },
  processes: number,
  store: string,
): void {
  if (processes > 1 && !coordination.shared)
    throw new Error(
      `APP_PROCESSES=${processes} needs a store shared between processes (STORE=sqlite or STORE=postgres); ` +
        `STORE=${store} serves one app process per database — set APP_PROCESSES=1`,
    );
}

/** True in the primary of a multi-process server (it serves nothing itself). */
export function isClusterPrimary(env: NodeJS.ProcessEnv = process.env): boolean {
  return appProcesses(env) > 1 && cluster.isPrimary;
}

export interface PrimaryOptions {
  processes: number;
  /** Runs once before the workers start: migrations, definitions, demo accounts (then closes the store). */
  prepare: () => Promise<void>;
  log: (message: string) => void;
}

/**
 * The primary of `APP_PROCESSES` > 1: prepares the store alone (so only it migrates), fixes one
 * AUTH_SECRET for all workers (a token from one must verify on the others), forks the workers — which
 * share the listening port — restarts one that dies (kill -9, crash), and on SIGTERM/SIGINT passes
 * the signal on and exits when every worker has drained.
 */
export async function runPrimary(options: PrimaryOptions): Promise<void> {
  await options.prepare();
  process.env.AUTH_SECRET ||= randomBytes(32).toString('hex');
  let stopping = false;
  const started = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
    // tests and operators find a serving worker by this line
    worker.once('listening', () => console.log(`app process ${worker.process.pid} listening`));
  };
  cluster.on('exit', (worker: Worker, code, signal) => {
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) {
      if (started.size === 0) process.exit(0);
      return;
    }
    options.log(`app process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, lived < quickDeathMs ? 1000 : 0);
  });
  for (let i = 0; i < options.processes; i++) fork();
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    options.log(`${signal}: stopping ${options.processes} app processes`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (started.size === 0) process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
