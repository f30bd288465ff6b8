import { ConflictError } from '../../common/errors.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import { holidayArrangementsTable } from '../sql/holiday-arrangement-tables.js';

const t = holidayArrangementsTable;

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
