import { ConflictError } from '../../common/errors.js';
import { jurisdictionsTable as t } from '../sql/jurisdiction-tables.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues, upsertSql } from './row-codec.js';

const insert = insertSql(t, 'ON CONFLICT DO NOTHING');
const upsert = upsertSql(t, ['id']);

/** A new jurisdiction's id is taken once (`jurisdiction_exists`); a save of an existing one replaces it. */
export const jurisdictionMutations: HandlersOf<'jurisdiction.'> = {
  'jurisdiction.save': async (tx, { record, create }) => {
    if (!create) return void (await tx.run(upsert, rowValues(t, record)));
    if ((await tx.run(insert, rowValues(t, record))) > 0) return;
    throw new ConflictError(
      `jurisdiction ${record.id} exists`,
      [{ path: '/id', reason: '辖区编号已存在' }],
      'jurisdiction_exists',
    );
  },
};
