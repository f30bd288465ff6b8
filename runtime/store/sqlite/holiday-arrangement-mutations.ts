import { ConflictError } from '../../common/errors.js';
import { holidayArrangementsTable as t } from '../sql/holiday-arrangement-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, sqlite, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

type ArrangementHandlers = Pick<MutationHandlers, 'holidayArrangement.insert'>;

const insert = insertSql(t, 'ON CONFLICT DO NOTHING');
const existing = `SELECT ${t.selectList} FROM holiday_arrangements WHERE year = ? AND version = ?`;

/** A saved version is immutable: the same version again is a no-op if identical, else `version_exists`. */
export function holidayArrangementMutations(db: StatementCache): ArrangementHandlers {
  return {
    'holidayArrangement.insert': ({ record }) => {
      if (db.run(insert, rowParams(t, record)).changes > 0) return;
      const row = db.row(existing, record.year, record.version);
      if (
        row &&
        JSON.stringify(t.encode(t.decode(row, sqlite), sqlite)) === JSON.stringify(t.encode(record, sqlite))
      )
        return;
      throw new ConflictError(
        `holiday arrangement ${record.year} v${record.version} is already saved with other content`,
        [],
        'version_exists',
      );
    },
  };
}
