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
    query: { limit?: number; offset?: number },
  ): Promise<Page<R>> {
    const { limit, offset } = pageWindow(query);
    const [total, docs] = await Promise.all([
      this.collection.countDocuments(filter),
      this.collection.find(filter).sort(sort).skip(offset).limit(limit).toArray(),
    ]);
    return { items: docs.map((doc) => this.codec.decode(doc)), total };
  }

  count(filter: Filter<StoredDoc>): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  aggregate<T extends Document>(pipeline: Document[]): Promise<T[]> {
    return this.collection.aggregate<T>(pipeline).toArray();
  }
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
