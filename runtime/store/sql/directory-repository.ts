import type { EnterpriseRecord, OrgUnitRecord, PairingRecord, UserRecord } from '../records.js';
import type { DirectoryRepository, EnterpriseQuery, Page, StaffPairingLoad } from '../store.js';
import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from './directory-tables.js';
import type { SqlReader } from './sql-reader.js';
import { WhereClause } from './where-clause.js';

/** 企业无人结对: no staff member of the jurisdiction is paired with enterprise `e`. */
const paired =
  'EXISTS (SELECT 1 FROM pairings p WHERE p.jurisdiction = e.jurisdiction AND p.enterprise_id = e.id)';

/** The directory on either SQL adapter. */
export class SqlDirectoryRepository implements DirectoryRepository {
  constructor(private readonly sql: SqlReader) {}

  async user(id: string): Promise<UserRecord | null> {
    return this.sql.one(usersTable, 'WHERE id = $1', [id]);
  }

  async userByUsername(username: string): Promise<UserRecord | null> {
    return this.sql.one(usersTable, 'WHERE username = $1', [username]);
  }

  /** Users of a jurisdiction by username; `null` lists the platform-level users (no jurisdiction). */
  async users(jurisdiction: string | null): Promise<UserRecord[]> {
    if (jurisdiction === null)
      return this.sql.many(usersTable, 'WHERE jurisdiction IS NULL ORDER BY username');
    return this.sql.many(usersTable, 'WHERE jurisdiction = $1 ORDER BY username', [jurisdiction]);
  }

  async orgUnits(jurisdiction: string): Promise<OrgUnitRecord[]> {
    return this.sql.many(orgUnitsTable, 'WHERE jurisdiction = $1 ORDER BY id', [jurisdiction]);
  }

  async enterprise(id: string): Promise<EnterpriseRecord | null> {
    return this.sql.one(enterprisesTable, 'WHERE id = $1', [id]);
  }

  async enterpriseByCreditCode(jurisdiction: string, creditCode: string): Promise<EnterpriseRecord | null> {
    const rest = 'WHERE jurisdiction = $1 AND credit_code = $2';
    return this.sql.one(enterprisesTable, rest, [jurisdiction, creditCode]);
  }

  async enterprises(jurisdiction: string): Promise<EnterpriseRecord[]> {
    return this.sql.many(enterprisesTable, 'WHERE jurisdiction = $1 ORDER BY id', [jurisdiction]);
  }

  async pairings(jurisdiction: string): Promise<PairingRecord[]> {
    const rest = 'WHERE jurisdiction = $1 ORDER BY staff_id, enterprise_id';
    return this.sql.many(pairingsTable, rest, [jurisdiction]);
  }

  async orgUnit(id: string): Promise<OrgUnitRecord | null> {
    return this.sql.one(orgUnitsTable, 'WHERE id = $1', [id]);
  }

  /** Enterprises matching every given filter, by name then id. */
  async enterpriseList(query: EnterpriseQuery): Promise<Page<EnterpriseRecord>> {
    const { conditions } = this.sql;
    const where = new WhereClause()
      .equals('e.jurisdiction', query.jurisdiction)
      .equals('e.scale', query.scale)
      .equals('e.industry', query.industry)
      .equals('e.area', query.area);
    if (query.tag !== undefined) where.and(conditions.listHas('e.tags', where.param(query.tag)));
    if (query.nameContains !== undefined)
      where.and(conditions.contains('e.name', where.param(query.nameContains)));
    if (query.unpaired !== undefined) where.and(query.unpaired ? `NOT ${paired}` : paired);
    return this.sql.page(enterprisesTable, where, 'e.name, e.id', query, 'enterprises e');
  }

  async pairingLoads(jurisdiction: string): Promise<StaffPairingLoad[]> {
    const rows = await this.sql.rows(
      `SELECT u.id AS staff_id, COUNT(p.enterprise_id) AS n FROM users u
       LEFT JOIN pairings p ON p.jurisdiction = u.jurisdiction AND p.staff_id = u.id
       WHERE u.jurisdiction = $1 AND u.enterprise_id IS NULL
       GROUP BY u.id ORDER BY n, u.id`,
      [jurisdiction],
    );
    return rows.map((row) => ({ staffId: String(row['staff_id']), enterprises: Number(row['n']) }));
  }

  async skills(jurisdiction: string): Promise<Record<string, string[]>> {
    const rows = await this.sql.rows(
      `SELECT s.user_id, s.skill FROM user_skills s JOIN users u ON u.id = s.user_id
       WHERE u.jurisdiction = $1 ORDER BY s.user_id, s.skill`,
      [jurisdiction],
    );
    const result: Record<string, string[]> = {};
    for (const row of rows) (result[String(row['user_id'])] ??= []).push(String(row['skill']));
    return result;
  }
}
