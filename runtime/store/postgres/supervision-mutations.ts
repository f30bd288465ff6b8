import { updateByKey, type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { supervisionOrdersTable } from '../sql/supervision-tables.js';
import { supervisionOrderTarget as orderTarget } from '../sql/update-targets.js';

const t = supervisionOrdersTable;

const insertOrder = insertSql(t, 'ON CONFLICT DO NOTHING');

/** An insert keyed by an existing id writes nothing; an update changes only answer, status and deadline. */
export const supervisionMutations: HandlersOf<'supervision.'> = {
  'supervision.insert': writeRecord(insertOrder, t),
  'supervision.update': (tx, { id, patch }) => updateByKey(tx, orderTarget, id, patch),
};
