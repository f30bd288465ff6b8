import { ConflictError } from '../../common/errors.js';
import type { HolidayArrangementRecord, HolidayArrangementRepository } from '../holiday-arrangements.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { holidayArrangementsTable } from '../sql/holiday-arrangement-tables.js';

const t = holidayArrangementsTable;

export class PostgresHolidayArrangementRepository implements HolidayArrangementRepository {
  constructor(private readonly sql: Sql) {}

  /** The newest version of every year that has one, by year ascending. */
  async latest(): Promise<HolidayArrangementRecord[]> {
    return this.sql.many(
      t,
      `a WHERE version = (SELECT MAX(version) FROM holiday_arrangements b WHERE b.year = a.year)
       ORDER BY year`,
    );
  }

  /** Every version of a year, newest first. */
  async history(year: number): Promise<HolidayArrangementRecord[]> {
    return this.sql.many(t, 'WHERE year = $1 ORDER BY version DESC', [year]);
  }
}

const insert = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A saved version is immutable: the same version again is a no-op if identical, else `version_exists`. */
export const holidayArrangementMutations: HandlersOf<'holidayArrangement.'> = {
  'holidayArrangement.insert': async (tx, { record }) => {
    if ((await tx.run(insert, rowValues(t, record))) > 0) return;
    const saved = await tx.one(t, 'WHERE year = $1 AND version = $2', [record.year, record.version]);
    if (saved && JSON.stringify(rowValues(t, saved)) === JSON.stringify(rowValues(t, record))) return;
    throw new ConflictError(
      `holiday arrangement ${record.year} v${record.version} is already saved with other content`,
      [],
      'version_exists',
    );
  },
};
