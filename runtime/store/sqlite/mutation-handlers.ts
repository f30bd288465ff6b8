import type { Mutation, MutationKind } from '../mutations.js';
import { NotFoundError } from '../../common/errors.js';
import { sqlite } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import type { UpdateTarget } from '../sql/update-targets.js';

/** One synchronous handler per mutation kind; they run inside the caller's transaction. */
export type MutationHandlers = { [K in MutationKind]: (mutation: Extract<Mutation, { kind: K }>) => void };

/** `UPDATE ... SET <patched columns> WHERE key = ?`; throws NotFoundError when no row has the key. */
export function updateByKey<R>(
  sql: StatementCache,
  target: UpdateTarget<R>,
  key: string,
  patch: NoInfer<Partial<R>>,
): void {
  const allowed: Partial<R> = {};
  for (const field of target.patchable) if (patch[field] !== undefined) allowed[field] = patch[field];
  const params = target.codec.encode(allowed, sqlite);
  const columns = Object.keys(params);
  const { table } = target.codec;
  const changes = columns.length
    ? sql.run(
        `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE ${target.keyColumn} = @where_key`,
        { ...params, where_key: key },
      ).changes
    : sql.row(`SELECT 1 FROM ${table} WHERE ${target.keyColumn} = ?`, key)
      ? 1
      : 0;
  if (changes === 0)
    throw new NotFoundError(`${target.noun} ${key} not found`, [{ path: '/id', reason: 'not_found' }]);
}
