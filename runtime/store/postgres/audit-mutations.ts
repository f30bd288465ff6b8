import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { auditTable } from '../sql/audit-tables.js';

const t = auditTable;

const appendEntry = insertSql(t, 'ON CONFLICT (id) DO NOTHING');

/** Append only; a replayed append of an existing id writes nothing. */
export const auditMutations: HandlersOf<'audit.'> = {
  'audit.append': writeRecord(appendEntry, t),
};
