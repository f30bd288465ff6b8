import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from './directory-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, upsertSql } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

type DirectoryKind = `${'orgUnit' | 'user' | 'enterprise' | 'pairing'}.${string}`;
type DirectoryHandlers = Pick<MutationHandlers, Extract<keyof MutationHandlers, DirectoryKind>>;

const sql = {
  orgUnit: upsertSql(orgUnitsTable, ['id']),
  user: upsertSql(usersTable, ['id']),
  enterprise: upsertSql(enterprisesTable, ['id']),
  pair: insertSql(pairingsTable, 'ON CONFLICT DO NOTHING'),
  unpair:
    'DELETE FROM pairings WHERE jurisdiction = @jurisdiction AND staff_id = @staff_id AND enterprise_id = @enterprise_id',
};

/**
 * Directory writes: upserts by id. A username, or a credit code within a jurisdiction, taken by
 * another record is a unique violation (mapped to ConflictError `duplicate` by the applier).
 */
export function directoryMutations(db: StatementCache): DirectoryHandlers {
  return {
    'orgUnit.upsert': ({ record }) => void db.run(sql.orgUnit, orgUnitsTable.encode(record)),
    'user.upsert': ({ record }) => void db.run(sql.user, usersTable.encode(record)),
    'enterprise.upsert': ({ record }) => void db.run(sql.enterprise, enterprisesTable.encode(record)),
    'pairing.upsert': ({ record }) => void db.run(sql.pair, pairingsTable.encode(record)),
    'pairing.delete': ({ record }) => void db.run(sql.unpair, pairingsTable.encode(record)),
  };
}
