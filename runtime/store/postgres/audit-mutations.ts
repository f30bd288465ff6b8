import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import { auditTable } from '../sql/audit-tables.js';

const t = auditTable;

const appendEntry = insertSql(t, 'ON CONFLICT (id) DO NOTHING');

/** Append only; a replayed append of an existing id writes nothing. */
export const auditMutations: HandlersOf<'audit.'> = {
  'audit.append': async (tx, { record }) => void (await tx.run(appendEntry, rowValues(t, record))),
};
