import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** One app process of the cluster: the real server entry (`server/main.ts`) on STORE=postgres (or sqlite). */
export interface Replica {
  name: string;
  url: string;
  process: ChildProcess;
  alive: boolean;
  output: string[];
}

export interface ClusterOptions {
  pgUrl: string;
  schema: string;
  /** Seconds a replica holds a due instance (the takeover bound after a kill -9). */
  leaseSeconds: number;
  /** ENGINE=temporal: the frontend (or balancer) address; default: this process's TEMPORAL_ADDRESS. */
  temporalAddress?: string | undefined;
  /** ENGINE of the replicas; default: this process's REPLICA_ENGINE, else `embedded`. */
  engine?: 'embedded' | 'temporal' | undefined;
  /** STORE of the replicas; default postgres (`sqlite`: `platform.db` in the replica's DATA_DIR). */
  store?: 'postgres' | 'sqlite' | undefined;
  /** APP_PROCESSES of each replica (node:cluster workers on its one port); default 1. */
  appProcesses?: number | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a replica and resolves once its /readyz answers 200 (at most `readyWithinMs`). */
export async function startReplica(
  name: string,
  options: ClusterOptions,
  dataDir: string,
  readyWithinMs = 300_000,
): Promise<Replica> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STORE: options.store ?? 'postgres',
    APP_PROCESSES: String(options.appProcesses ?? 1),
    // REPLICA_ENGINE=temporal (with TEMPORAL_ADDRESS): the scale-out engine, one task queue per cluster
    ENGINE: options.engine ?? process.env['REPLICA_ENGINE'] ?? 'embedded',
    TEMPORAL_TASK_QUEUE: options.schema,
    ...(options.temporalAddress ? { TEMPORAL_ADDRESS: options.temporalAddress } : {}),
    PG_URL: options.pgUrl,
    PG_SCHEMA: options.schema,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dataDir, name),
    AUTH_SECRET: 'replicas-suite-secret-0123456789abcdef',
    DEMO: 'true',
    BCRYPT_COST: '4',
    RATE_LIMIT_INTAKE: '100000',
    RATE_LIMIT_LOGIN: '10000',
    POLL_INTERVAL_MS: '200',
    ENGINE_LEASE_SECONDS: String(options.leaseSeconds),
    EXPRESSION_WORKERS: '1',
    // a CPU-starved CI machine must not quarantine the definitions' FEEL (200 ms in production)
    EXPRESSION_BUDGET_MS: '5000',
    LOG_LEVEL: 'error',
  };
  // REPLICA_NODE_ARGS: extra node flags for the replicas (a bench's `--cpu-prof`, not allowed in NODE_OPTIONS)
  const nodeArgs = (process.env['REPLICA_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const replica: Replica = { name, url: `http://127.0.0.1:${port}`, process: child, alive: true, output: [] };
  const keep = (chunk: Buffer) => {
    replica.output.push(chunk.toString());
    if (replica.output.length > 200) replica.output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => (replica.alive = false));
  const until = Date.now() + readyWithinMs;
  while (Date.now() < until) {
    if (!replica.alive) break;
    const ready = await fetch(`${replica.url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return replica;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`replica ${name} did not become ready:\n${replica.output.join('')}`);
}

/** A temporary folder for the replicas' attachments, removed by `remove`. */
export function clusterDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'replicas-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function stopReplica(replica: Replica): Promise<void> {
  if (!replica.alive) return;
  const exited = new Promise((resolve) => replica.process.once('exit', resolve));
  replica.process.kill('SIGTERM');
  await exited;
}

export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A JSON call; rejects when the replica cannot be reached (refused, reset). */
export async function call(
  replica: Replica,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const response = await fetch(`${replica.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export interface StreamEvent {
  id: string;
  type: string;
  data: { caseId?: string; task?: { id: string; elementId: string } };
}

/**
 * A live-update stream (`GET /api/v1/events/stream`) collecting what it receives until `close`.
 * `reconnect`: when the stream ends (its app process died), it reconnects with the last event id —
 * as a browser's EventSource does — counting the interruptions in `interrupted` (and the answered
 * connections in `connected`).
 */
export function openStream(
  replica: Replica,
  token: string,
  lastEventId?: string,
  reconnect = false,
): { events: StreamEvent[]; connected: number; interrupted: number; close: () => void } {
  const stream = { events: [] as StreamEvent[], connected: 0, interrupted: 0, close: () => abort.abort() };
  const abort = new AbortController();
  const read = async (resumeFrom: string | undefined) => {
    const response = await fetch(`${replica.url}/api/v1/events/stream`, {
      headers: { authorization: `Bearer ${token}`, ...(resumeFrom ? { 'last-event-id': resumeFrom } : {}) },
      signal: abort.signal,
    });
    if (response.ok) stream.connected += 1;
    const decoder = new TextDecoder();
    let pending = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      pending += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = pending.indexOf('\n\n')) >= 0) {
        const block = pending.slice(0, end);
        pending = pending.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const type = field('event');
        if (type)
          stream.events.push({
            id: field('id') ?? '',
            type,
            data: JSON.parse(field('data') ?? '{}') as StreamEvent['data'],
          });
      }
    }
  };
  void (async () => {
    let from = lastEventId;
    for (;;) {
      await read(from).catch(() => undefined);
      if (!reconnect || abort.signal.aborted) return;
      stream.interrupted += 1;
      from = stream.events.at(-1)?.id ?? from;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return stream;
}

/** Polls `check` until it holds (returns true) or `withinMs` passes; returns whether it held. */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  withinMs: number,
): Promise<boolean> {
  const until = Date.now() + withinMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts again the Temporal nodes of this run's cluster that died (scripts/temporal/cluster-start.sh
 * on the same TEMPORAL_RUN_DIR: each on its own ports) and waits until every node answers; returns
 * the frontend address of each node, by number.
 */
export async function restartTemporalNodes(): Promise<string[]> {
  const { stdout } = await promisify(execFile)('bash', ['scripts/temporal/cluster-start.sh'], {
    env: process.env,
  });
  return [...stdout.matchAll(/^TEMPORAL_NODE_\d+=\d+ (\S+)$/gm)].map((m) => m[1] as string);
}
