import type { EnterpriseRecord, OrgUnitRecord, PairingRecord, UserRecord } from '../records.js';
import { pageWindow } from '../paging.js';
import type { DirectoryRepository, EnterpriseQuery, Page, StaffPairingLoad } from '../store.js';
import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from '../sql/directory-tables.js';
import type { StatementCache } from './statement-cache.js';
import { WhereClause } from './where-clause.js';
import { sqlite } from './row-codec.js';

export class SqliteDirectoryRepository implements DirectoryRepository {
  constructor(private readonly sql: StatementCache) {}

  async user(id: string): Promise<UserRecord | null> {
    const row = this.sql.row(`SELECT ${usersTable.selectList} FROM users WHERE id = ?`, id);
    return row ? usersTable.decode(row, sqlite) : null;
  }

  async userByUsername(username: string): Promise<UserRecord | null> {
    const row = this.sql.row(`SELECT ${usersTable.selectList} FROM users WHERE username = ?`, username);
    return row ? usersTable.decode(row, sqlite) : null;
  }

  /** Users of a jurisdiction by username; `null` lists the platform-level users (no jurisdiction). */
  async users(jurisdiction: string | null): Promise<UserRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${usersTable.selectList} FROM users WHERE jurisdiction IS ? ORDER BY username`,
      jurisdiction,
    );
    return rows.map((row) => usersTable.decode(row, sqlite));
  }

  async orgUnits(jurisdiction: string): Promise<OrgUnitRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${orgUnitsTable.selectList} FROM org_units WHERE jurisdiction = ? ORDER BY id`,
      jurisdiction,
    );
    return rows.map((row) => orgUnitsTable.decode(row, sqlite));
  }

  async enterprise(id: string): Promise<EnterpriseRecord | null> {
    const row = this.sql.row(`SELECT ${enterprisesTable.selectList} FROM enterprises WHERE id = ?`, id);
    return row ? enterprisesTable.decode(row, sqlite) : null;
  }

  async enterpriseByCreditCode(jurisdiction: string, creditCode: string): Promise<EnterpriseRecord | null> {
    const row = this.sql.row(
      `SELECT ${enterprisesTable.selectList} FROM enterprises WHERE jurisdiction = ? AND credit_code = ?`,
      jurisdiction,
      creditCode,
    );
    return row ? enterprisesTable.decode(row, sqlite) : null;
  }

  async enterprises(jurisdiction: string): Promise<EnterpriseRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${enterprisesTable.selectList} FROM enterprises WHERE jurisdiction = ? ORDER BY id`,
      jurisdiction,
    );
    return rows.map((row) => enterprisesTable.decode(row, sqlite));
  }

  async pairings(jurisdiction: string): Promise<PairingRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${pairingsTable.selectList} FROM pairings WHERE jurisdiction = ? ORDER BY staff_id, enterprise_id`,
      jurisdiction,
    );
    return rows.map((row) => pairingsTable.decode(row, sqlite));
  }

  async orgUnit(id: string): Promise<OrgUnitRecord | null> {
    const row = this.sql.row(`SELECT ${orgUnitsTable.selectList} FROM org_units WHERE id = ?`, id);
    return row ? orgUnitsTable.decode(row, sqlite) : null;
  }

  async enterpriseList(query: EnterpriseQuery): Promise<Page<EnterpriseRecord>> {
    const where = new WhereClause()
      .equals('e.jurisdiction', 'jurisdiction', query.jurisdiction)
      .equals('e.scale', 'scale', query.scale)
      .equals('e.industry', 'industry', query.industry)
      .equals('e.area', 'area', query.area);
    if (query.tag !== undefined)
      where.and('EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = @tag)', { tag: query.tag });
    if (query.nameContains !== undefined)
      where.and('instr(e.name, @nameContains) > 0', { nameContains: query.nameContains });
    if (query.unpaired !== undefined)
      where.and(
        `${query.unpaired ? 'NOT ' : ''}EXISTS (SELECT 1 FROM pairings p WHERE p.jurisdiction = e.jurisdiction AND p.enterprise_id = e.id)`,
      );
    const { limit, offset } = pageWindow(query);
    const total = Number(this.sql.scalar(`SELECT COUNT(*) FROM enterprises e ${where}`, where.params));
    const columns = enterprisesTable.columnNames.map((c) => `e.${c}`).join(', ');
    const rows = this.sql.rows(
      `SELECT ${columns} FROM enterprises e ${where} ORDER BY e.name, e.id LIMIT @limit OFFSET @offset`,
      { ...where.params, limit, offset },
    );
    return { items: rows.map((row) => enterprisesTable.decode(row, sqlite)), total };
  }

  async pairingLoads(jurisdiction: string): Promise<StaffPairingLoad[]> {
    const rows = this.sql.rows(
      `SELECT u.id AS staffId, COUNT(p.enterprise_id) AS n FROM users u
       LEFT JOIN pairings p ON p.jurisdiction = u.jurisdiction AND p.staff_id = u.id
       WHERE u.jurisdiction = ? AND u.enterprise_id IS NULL
       GROUP BY u.id ORDER BY n, u.id`,
      jurisdiction,
    );
    return rows.map((row) => ({ staffId: String(row['staffId']), enterprises: Number(row['n']) }));
  }

  async skills(jurisdiction: string): Promise<Record<string, string[]>> {
    const rows = this.sql.rows(
      `SELECT s.user_id AS userId, s.skill AS skill FROM user_skills s JOIN users u ON u.id = s.user_id
       WHERE u.jurisdiction = ? ORDER BY s.user_id, s.skill`,
      jurisdiction,
    );
    const result: Record<string, string[]> = {};
    for (const row of rows) (result[String(row['userId'])] ??= []).push(String(row['skill']));
    return result;
  }
}
