import type { HolidayArrangementRecord, HolidayArrangementRepository } from '../holiday-arrangements.js';
import { holidayArrangementsTable as t } from '../sql/holiday-arrangement-tables.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

export class SqliteHolidayArrangementRepository implements HolidayArrangementRepository {
  constructor(private readonly sql: StatementCache) {}

  async latest(): Promise<HolidayArrangementRecord[]> {
    return this.sql
      .rows(
        `SELECT ${t.selectList} FROM holiday_arrangements a
         WHERE version = (SELECT MAX(version) FROM holiday_arrangements b WHERE b.year = a.year)
         ORDER BY year`,
      )
      .map((row) => t.decode(row, sqlite));
  }

  async history(year: number): Promise<HolidayArrangementRecord[]> {
    return this.sql
      .rows(`SELECT ${t.selectList} FROM holiday_arrangements WHERE year = ? ORDER BY version DESC`, year)
      .map((row) => t.decode(row, sqlite));
  }
}
