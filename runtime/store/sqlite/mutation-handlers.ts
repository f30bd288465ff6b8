import type { Mutation, MutationKind } from '../mutations.js';
import { NotFoundError } from '../../common/errors.js';
import { type TableCodec, sqlite } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

/** One synchronous handler per mutation kind; they run inside the caller's transaction. */
export type MutationHandlers = { [K in MutationKind]: (mutation: Extract<Mutation, { kind: K }>) => void };

export interface UpdateTarget<R> {
  codec: TableCodec<R>;
  keyColumn: string;
  /** Fields a patch may change; anything else in the patch object is ignored. */
  patchable: readonly (keyof R & string)[];
  /** For the NotFoundError message, e.g. `case`. */
  noun: string;
}

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

/** Every field of a record type except the listed ones (for patchable lists). */
export function fieldsExcept<R>(
  codec: TableCodec<R>,
  ...excluded: (keyof R & string)[]
): (keyof R & string)[] {
  return codec.fields.filter((f): f is keyof R & string => !(excluded as string[]).includes(f));
}
