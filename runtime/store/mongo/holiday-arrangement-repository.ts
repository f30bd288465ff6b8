import type { Db } from 'mongodb';
import type { HolidayArrangementRecord, HolidayArrangementRepository } from '../holiday-arrangements.js';
import { holidayArrangementDocs } from './holiday-arrangement-collections.js';
import { Query } from './query.js';

export class MongoHolidayArrangementRepository implements HolidayArrangementRepository {
  private readonly q: Query<HolidayArrangementRecord>;
  constructor(db: Db) {
    this.q = new Query(db, holidayArrangementDocs);
  }

  /** Every version sorted by year, newest first within a year; the first of each year wins (a few rows a year). */
  async latest(): Promise<HolidayArrangementRecord[]> {
    const all = await this.q.many({}, { year: 1, version: -1 });
    return all.filter((record, i) => i === 0 || all[i - 1]?.year !== record.year);
  }

  history(year: number): Promise<HolidayArrangementRecord[]> {
    return this.q.many({ year }, { version: -1 });
  }
}
