import type { ClientSession, Db, Filter } from 'mongodb';
import type { StoredDoc } from './document-codec.js';

type Equality = Record<string, string | number | boolean | null>;

/**
 * What the database will hold once the ops planned so far are applied: reads go to an overlay of
 * staged documents first, then to the database (inside the transaction's session, if any). It lets
 * later mutations of a batch see earlier ones, and validation happen before anything is written.
 */
export class StagedView {
  private readonly staged = new Map<string, Map<string, StoredDoc | null>>();

  constructor(
    readonly db: Db,
    readonly session?: ClientSession,
  ) {}

  async get(coll: string, id: string): Promise<StoredDoc | null> {
    const overlay = this.overlay(coll);
    if (overlay.has(id)) return overlay.get(id) ?? null;
    const doc = await this.db.collection<StoredDoc>(coll).findOne({ _id: id }, { session: this.session });
    return doc ?? null;
  }

  /** First document whose fields equal `where` (staged documents win over stored ones). */
  async findOne(coll: string, where: Equality): Promise<StoredDoc | null> {
    const overlay = this.overlay(coll);
    for (const doc of overlay.values())
      if (doc && Object.entries(where).every(([field, value]) => (doc[field] ?? null) === value)) return doc;
    const filter = { ...where, _id: { $nin: [...overlay.keys()] } } as Filter<StoredDoc>;
    return (await this.db.collection<StoredDoc>(coll).findOne(filter, { session: this.session })) ?? null;
  }

  /** Record the document (null: deleted) as it will be after the planned ops. */
  stage(coll: string, id: string, doc: StoredDoc | null): void {
    this.overlay(coll).set(id, doc);
  }

  private overlay(coll: string): Map<string, StoredDoc | null> {
    let map = this.staged.get(coll);
    if (!map) this.staged.set(coll, (map = new Map()));
    return map;
  }
}
