import { createHash, randomUUID } from 'node:crypto';

/** A fresh random id with a readable prefix: `case_3f1c…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
}

/** A deterministic id: the same parts always give the same id (idempotent writes after a crash). */
export function stableId(prefix: string, ...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
  return `${prefix}_${h}`;
}
