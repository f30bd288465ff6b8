import type { Db } from 'mongodb';
import type { DefinitionVersionRecord } from '../records.js';
import type { DefinitionRepository } from '../store.js';
import { definitionDocs } from './case-collections.js';
import { Query } from './query.js';

export class MongoDefinitionRepository implements DefinitionRepository {
  private readonly q: Query<DefinitionVersionRecord>;
  constructor(db: Db) {
    this.q = new Query(db, definitionDocs);
  }

  latest(jurisdiction: string): Promise<DefinitionVersionRecord | null> {
    return this.q.one({ jurisdiction }, { version: -1 });
  }

  async latestVersion(jurisdiction: string): Promise<number | null> {
    const doc = await this.q.collection
      .find({ jurisdiction }, { projection: { version: 1 } })
      .sort({ version: -1 })
      .limit(1)
      .next();
    return doc ? Number(doc.version) : null;
  }

  get(jurisdiction: string, version: number): Promise<DefinitionVersionRecord | null> {
    return this.q.one({ jurisdiction, version });
  }

  async listVersions(jurisdiction: string): Promise<Omit<DefinitionVersionRecord, 'bundle'>[]> {
    const docs = await this.q.collection
      .find({ jurisdiction }, { projection: { bundle: 0 } })
      .sort({ version: 1 })
      .toArray();
    return docs.map((doc) => {
      const { bundle: _bundle, ...meta } = definitionDocs.decode({ ...doc, bundle: null });
      return meta;
    });
  }

  async jurisdictions(): Promise<string[]> {
    const values = await this.q.collection.distinct('jurisdiction');
    return values.map(String).sort();
  }
}
