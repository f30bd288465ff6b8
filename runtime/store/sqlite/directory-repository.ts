import type { EnterpriseRecord, OrgUnitRecord, PairingRecord, UserRecord } from '../records.js';
import type { DirectoryRepository } from '../store.js';
import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from './directory-tables.js';
import type { StatementCache } from './statement-cache.js';

export class SqliteDirectoryRepository implements DirectoryRepository {
  constructor(private readonly sql: StatementCache) {}

  async user(id: string): Promise<UserRecord | null> {
    const row = this.sql.row(`SELECT ${usersTable.selectList} FROM users WHERE id = ?`, id);
    return row ? usersTable.decode(row) : null;
  }

  async userByUsername(username: string): Promise<UserRecord | null> {
    const row = this.sql.row(`SELECT ${usersTable.selectList} FROM users WHERE username = ?`, username);
    return row ? usersTable.decode(row) : null;
  }

  /** Users of a jurisdiction by username; `null` lists the platform-level users (no jurisdiction). */
  async users(jurisdiction: string | null): Promise<UserRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${usersTable.selectList} FROM users WHERE jurisdiction IS ? ORDER BY username`,
      jurisdiction,
    );
    return rows.map((row) => usersTable.decode(row));
  }

  async orgUnits(jurisdiction: string): Promise<OrgUnitRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${orgUnitsTable.selectList} FROM org_units WHERE jurisdiction = ? ORDER BY id`,
      jurisdiction,
    );
    return rows.map((row) => orgUnitsTable.decode(row));
  }

  async enterprise(id: string): Promise<EnterpriseRecord | null> {
    const row = this.sql.row(`SELECT ${enterprisesTable.selectList} FROM enterprises WHERE id = ?`, id);
    return row ? enterprisesTable.decode(row) : null;
  }

  async enterpriseByCreditCode(jurisdiction: string, creditCode: string): Promise<EnterpriseRecord | null> {
    const row = this.sql.row(
      `SELECT ${enterprisesTable.selectList} FROM enterprises WHERE jurisdiction = ? AND credit_code = ?`,
      jurisdiction,
      creditCode,
    );
    return row ? enterprisesTable.decode(row) : null;
  }

  async enterprises(jurisdiction: string): Promise<EnterpriseRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${enterprisesTable.selectList} FROM enterprises WHERE jurisdiction = ? ORDER BY id`,
      jurisdiction,
    );
    return rows.map((row) => enterprisesTable.decode(row));
  }

  async pairings(jurisdiction: string): Promise<PairingRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${pairingsTable.selectList} FROM pairings WHERE jurisdiction = ? ORDER BY staff_id, enterprise_id`,
      jurisdiction,
    );
    return rows.map((row) => pairingsTable.decode(row));
  }
}
