import type { HolidayArrangementRecord, HolidayArrangementRepository } from '../holiday-arrangements.js';
import { holidayArrangementsTable } from './holiday-arrangement-tables.js';
import type { SqlReader } from './sql-reader.js';

const t = holidayArrangementsTable;

export class SqlHolidayArrangementRepository implements HolidayArrangementRepository {
  constructor(private readonly sql: SqlReader) {}

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
