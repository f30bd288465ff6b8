import { updateByKey, type MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { supervisionOrdersTable } from '../sql/supervision-tables.js';
import { supervisionOrderTarget as orderTarget } from '../sql/update-targets.js';

type SupervisionHandlers = Pick<MutationHandlers, Extract<keyof MutationHandlers, `supervision.${string}`>>;

const insertOrder = insertSql(supervisionOrdersTable, 'ON CONFLICT DO NOTHING');

/**
 * Supervision-order writes. An insert keyed by an existing id writes nothing (idempotent replay);
 * an update may change only the answer, the status and the deadline, and needs an existing order.
 */
export function supervisionMutations(db: StatementCache): SupervisionHandlers {
  return {
    'supervision.insert': ({ record }) => void db.run(insertOrder, rowParams(supervisionOrdersTable, record)),
    'supervision.update': ({ id, patch }) => updateByKey(db, orderTarget, id, patch),
  };
}
