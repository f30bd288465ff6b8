import type { PolicyCollectionRecord, PolicyCollectionRepository } from '../policy-collections.js';
import { policyCollectionsTable } from './policy-collection-tables.js';
import type { SqlReader } from './sql-reader.js';
import { TableRepository } from './table-repository.js';

/** 每月政策收集 on either SQL adapter. */
export class SqlPolicyCollectionRepository
  extends TableRepository<PolicyCollectionRecord>
  implements PolicyCollectionRepository
{
  constructor(sql: SqlReader) {
    super(sql, policyCollectionsTable);
  }

  list(jurisdiction: string, from: string, to: string): Promise<PolicyCollectionRecord[]> {
    return this.sql.many(
      this.table,
      'WHERE jurisdiction = $1 AND month >= $2 AND month <= $3 ORDER BY month',
      [jurisdiction, from, to],
    );
  }

  async firstMonth(jurisdiction: string): Promise<string | null> {
    const first = await this.sql.scalar('SELECT MIN(month) FROM policy_collections WHERE jurisdiction = $1', [
      jurisdiction,
    ]);
    return typeof first === 'string' ? first : null;
  }
}
