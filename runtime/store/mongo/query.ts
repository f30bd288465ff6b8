import type { Db, Document, Filter, Sort } from 'mongodb';
import { pageWindow } from '../paging.js';
import type { Page } from '../store.js';
import type { DocCodec, StoredDoc } from './document-codec.js';

/** Read helpers over one codec's collection: decoded records, pages with totals, counts. */
export class Query<R> {
  constructor(
    private readonly db: Db,
    readonly codec: DocCodec<R>,
  ) {}

  get collection() {
    return this.db.collection<StoredDoc>(this.codec.collection);
  }

  async one(filter: Filter<StoredDoc>, sort?: Sort): Promise<R | null> {
    const doc = await this.collection.findOne(filter, sort ? { sort } : {});
    return doc ? this.codec.decode(doc) : null;
  }

  async many(filter: Filter<StoredDoc>, sort: Sort, limit = 0, skip = 0): Promise<R[]> {
    const docs = await this.collection.find(filter).sort(sort).skip(skip).limit(limit).toArray();
    return docs.map((doc) => this.codec.decode(doc));
  }

  async page(
    filter: Filter<StoredDoc>,
    sort: Sort,
    query: { limit?: number; offset?: number; countLimit?: number },
  ): Promise<Page<R>> {
    const { limit, offset } = pageWindow(query);
    const [total, docs] = await Promise.all([
      this.count(filter, query.countLimit),
      this.collection.find(filter).sort(sort).skip(offset).limit(limit).toArray(),
    ]);
    return { items: docs.map((doc) => this.codec.decode(doc)), total };
  }

  /** Documents matching `filter`, at most `limit` if given. */
  count(filter: Filter<StoredDoc>, limit?: number): Promise<number> {
    return this.collection.countDocuments(filter, limit ? { limit } : {});
  }

  aggregate<T extends Document>(pipeline: Document[]): Promise<T[]> {
    return this.collection.aggregate<T>(pipeline).toArray();
  }
}

/** A repository over one collection: its `Query`, and a record by `_id` (`get`). */
export class DocRepository<R> {
  protected readonly q: Query<R>;
  constructor(db: Db, codec: DocCodec<R>) {
    this.q = new Query(db, codec);
  }

  get(id: string): Promise<R | null> {
    return this.q.one({ _id: id });
  }
}

/** A repository of records that belong to a case: also a case's records in `caseOrder` (`forCase`). */
export class CaseDocRepository<R> extends DocRepository<R> {
  constructor(
    db: Db,
    codec: DocCodec<R>,
    private readonly caseOrder: Sort,
  ) {
    super(db, codec);
  }

  forCase(caseId: string): Promise<R[]> {
    return this.q.many({ caseId }, this.caseOrder);
  }
}

/** One `Query` per codec of `C`, under the codec's name. */
export type Queries<C> = { [K in keyof C]: C[K] extends DocCodec<infer R> ? Query<R> : never };

/** One `Query` per codec, under the codec's name (a repository over several collections). */
export function queries<T>(
  db: Db,
  codecs: { [K in keyof T]: DocCodec<T[K]> },
): { [K in keyof T]: Query<T[K]> } {
  const result = {} as { [K in keyof T]: Query<T[K]> };
  for (const name of Object.keys(codecs) as (keyof T)[]) result[name] = new Query(db, codecs[name]);
  return result;
}

/**
 * The list filter of a jurisdiction's records: `{ jurisdiction }` and `{ field: value }` for each of
 * `fields` the query gives (the document field named as the query's).
 */
export function jurisdictionFilter<Q extends { jurisdiction: string }>(
  query: Q,
  fields: readonly (keyof Q & string)[],
): Record<string, unknown> {
  const filter: Record<string, unknown> = { jurisdiction: query.jurisdiction };
  for (const field of fields) equals(filter, field, query[field]);
  return filter;
}

/** `{ field: value }` only when the value was given. */
export function equals(filter: Record<string, unknown>, field: string, value: unknown): void {
  if (value !== undefined) filter[field] = value;
}

/** `field >= from` and/or `field < to`, each when given. */
export function range(filter: Record<string, unknown>, field: string, from?: string, to?: string): void {
  if (from === undefined && to === undefined) return;
  const bounds: Record<string, string> = {};
  if (from !== undefined) bounds['$gte'] = from;
  if (to !== undefined) bounds['$lt'] = to;
  filter[field] = bounds;
}
