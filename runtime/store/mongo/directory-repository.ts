import type { Db } from 'mongodb';
import type { EnterpriseRecord, OrgUnitRecord, PairingRecord, UserRecord } from '../records.js';
import type { DirectoryRepository, EnterpriseQuery, Page, StaffPairingLoad } from '../store.js';
import { directoryDocs } from './directory-collections.js';
import { equals, jurisdictionFilter, queries, type Queries } from './query.js';
import { compare } from './visit-repository.js';

/** Regex-escaped literal text (for "name contains"). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class MongoDirectoryRepository implements DirectoryRepository {
  private readonly q: Queries<typeof directoryDocs>;
  constructor(db: Db) {
    this.q = queries(db, directoryDocs);
  }

  user(id: string): Promise<UserRecord | null> {
    return this.q.users.one({ _id: id });
  }

  userByUsername(username: string): Promise<UserRecord | null> {
    return this.q.users.one({ username });
  }

  /** Users of a jurisdiction by username; `null` lists the platform-level users. */
  users(jurisdiction: string | null): Promise<UserRecord[]> {
    return this.q.users.many({ jurisdiction }, { username: 1 });
  }

  orgUnits(jurisdiction: string): Promise<OrgUnitRecord[]> {
    return this.q.units.many({ jurisdiction }, { _id: 1 });
  }

  enterprise(id: string): Promise<EnterpriseRecord | null> {
    return this.q.enterprises.one({ _id: id });
  }

  enterpriseByCreditCode(jurisdiction: string, creditCode: string): Promise<EnterpriseRecord | null> {
    return this.q.enterprises.one({ jurisdiction, creditCode });
  }

  enterprises(jurisdiction: string): Promise<EnterpriseRecord[]> {
    return this.q.enterprises.many({ jurisdiction }, { _id: 1 });
  }

  pairings(jurisdiction: string): Promise<PairingRecord[]> {
    return this.q.pairings.many({ jurisdiction }, { staffId: 1, enterpriseId: 1 });
  }

  orgUnit(id: string): Promise<OrgUnitRecord | null> {
    return this.q.units.one({ _id: id });
  }

  /** `unpaired` compares against the jurisdiction's distinct paired enterprise ids (no `$lookup` in FerretDB v1). */
  async enterpriseList(query: EnterpriseQuery): Promise<Page<EnterpriseRecord>> {
    const filter = jurisdictionFilter(query, ['scale', 'industry', 'area']);
    equals(filter, 'tags', query.tag);
    if (query.nameContains !== undefined) filter['name'] = { $regex: literal(query.nameContains) };
    if (query.unpaired !== undefined) {
      const paired = await this.q.pairings.collection.distinct('enterpriseId', {
        jurisdiction: query.jurisdiction,
      });
      filter['_id'] = { [query.unpaired ? '$nin' : '$in']: paired.map(String) };
    }
    return this.q.enterprises.page(filter, { name: 1, _id: 1 }, query);
  }

  async pairingLoads(jurisdiction: string): Promise<StaffPairingLoad[]> {
    const staff = await this.q.users.collection
      .find({ jurisdiction, enterpriseId: null }, { projection: { _id: 1 } })
      .toArray();
    const counts = await this.q.pairings.aggregate<{ _id: string; n: number }>([
      { $match: { jurisdiction } },
      { $group: { _id: '$staffId', n: { $sum: 1 } } },
    ]);
    const byStaff = new Map(counts.map((c) => [c._id, c.n]));
    return staff
      .map((u) => ({ staffId: u._id, enterprises: byStaff.get(u._id) ?? 0 }))
      .sort((a, b) => a.enterprises - b.enterprises || compare(a.staffId, b.staffId));
  }

  async skills(jurisdiction: string): Promise<Record<string, string[]>> {
    const users = await this.q.users.collection.find({ jurisdiction }, { projection: { _id: 1 } }).toArray();
    const entries = await this.q.skills.many({ _id: { $in: users.map((u) => u._id) } }, { _id: 1 });
    const result: Record<string, string[]> = {};
    for (const entry of entries)
      if (entry.skills.length > 0) result[entry.userId] = [...entry.skills].sort(compare);
    return result;
  }
}
