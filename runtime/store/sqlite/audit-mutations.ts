import { auditTable } from '../sql/audit-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

type AuditHandlers = Pick<MutationHandlers, 'audit.append'>;

const appendEntry = insertSql(auditTable, 'ON CONFLICT (id) DO NOTHING');

/** Audit writes: append only; a replayed append of an existing id writes nothing. */
export function auditMutations(db: StatementCache): AuditHandlers {
  return {
    'audit.append': ({ record }) => void db.run(appendEntry, rowParams(auditTable, record)),
  };
}
