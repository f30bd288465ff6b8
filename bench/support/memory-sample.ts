import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
}

/** Process memory after a full GC when node runs with `--expose-gc` (otherwise as it is). */
export async function sampleMemory(): Promise<MemorySample> {
  for (let i = 0; i < 2; i++) {
    globalThis.gc?.();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss, heapUsed, external };
}

export const gcExposed = (): boolean => typeof globalThis.gc === 'function';

/** Bytes of the embedded store on disk: `platform.db` plus its WAL and shared-memory files. */
export function sqliteBytes(dataDir: string): { db: number; wal: number; total: number } {
  const size = (name: string) => {
    const file = join(dataDir, name);
    return existsSync(file) ? statSync(file).size : 0;
  };
  const db = size('platform.db');
  const wal = size('platform.db-wal') + size('platform.db-shm');
  return { db, wal, total: db + wal };
}

/** Least-squares line y = intercept + slope * x. */
export function linearFit(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
