import { ConflictError } from '../../common/errors.js';
import { jurisdictionsTable as t } from '../sql/jurisdiction-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams, upsertSql } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

type JurisdictionHandlers = Pick<MutationHandlers, 'jurisdiction.save'>;

const insert = insertSql(t, 'ON CONFLICT DO NOTHING');
const upsert = upsertSql(t, ['id']);

/** A new jurisdiction's id is taken once (`jurisdiction_exists`); a save of an existing one replaces it. */
export function jurisdictionMutations(db: StatementCache): JurisdictionHandlers {
  return {
    'jurisdiction.save': ({ record, create }) => {
      if (!create) return void db.run(upsert, rowParams(t, record));
      if (db.run(insert, rowParams(t, record)).changes > 0) return;
      throw new ConflictError(
        `jurisdiction ${record.id} exists`,
        [{ path: '/id', reason: '辖区编号已存在' }],
        'jurisdiction_exists',
      );
    },
  };
}
