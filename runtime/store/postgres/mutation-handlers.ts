import { NotFoundError } from '../../common/errors.js';
import type { Mutation, MutationKind } from '../mutations.js';
import { postgres, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import type { TableCodec } from '../sql/row-codec.js';
import type { UpdateTarget } from '../sql/update-targets.js';

/** One handler per mutation kind; they run in order inside the batch's transaction (`tx`). */
export type MutationHandlers = {
  [K in MutationKind]: (tx: Sql, mutation: Extract<Mutation, { kind: K }>) => Promise<void>;
};

/** The handlers of some mutation kinds, e.g. `HandlersOf<'visit.'>`. */
export type HandlersOf<Prefix extends string> = Pick<
  MutationHandlers,
  Extract<MutationKind, `${Prefix}${string}`>
>;

/** The handler of a mutation carrying a record: runs `statement` (an insert or upsert) with the record's row. */
export function writeRecord<R>(statement: string, table: TableCodec<R>) {
  return async (tx: Sql, { record }: { record: R }): Promise<void> =>
    void (await tx.run(statement, rowValues(table, record)));
}

/** `UPDATE ... SET <patched columns> WHERE key = $n`; throws NotFoundError when no row has the key. */
export async function updateByKey<R>(
  tx: Sql,
  target: UpdateTarget<R>,
  key: string,
  patch: NoInfer<Partial<R>>,
): Promise<void> {
  const allowed: Partial<R> = {};
  for (const field of target.patchable) if (patch[field] !== undefined) allowed[field] = patch[field];
  const values = target.codec.encode(allowed, postgres);
  const sets = Object.keys(values).map((column, i) => `${column} = $${i + 2}`);
  const { table } = target.codec;
  const changes = sets.length
    ? await tx.run(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${target.keyColumn} = $1`, [
        key,
        ...Object.values(values),
      ])
    : await tx.run(`SELECT 1 FROM ${table} WHERE ${target.keyColumn} = $1`, [key]);
  if (changes === 0)
    throw new NotFoundError(`${target.noun} ${key} not found`, [{ path: '/id', reason: 'not_found' }]);
}
