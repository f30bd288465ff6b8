import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from '../sql/directory-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, upsertSql, sqlite, rowParams } from './row-codec.js';
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
  deleteOrgUnit: 'DELETE FROM org_units WHERE id = ?',
  deleteEnterprise: 'DELETE FROM enterprises WHERE id = ?',
  unpairEnterprise: 'DELETE FROM pairings WHERE enterprise_id = ?',
  deleteUser: 'DELETE FROM users WHERE id = ?',
  unpairStaff: 'DELETE FROM pairings WHERE staff_id = ?',
  clearSkills: 'DELETE FROM user_skills WHERE user_id = ?',
  addSkill: 'INSERT OR IGNORE INTO user_skills (user_id, skill) VALUES (?, ?)',
};

/**
 * Directory writes: upserts by id. A username, or a credit code within a jurisdiction, taken by
 * another record is a unique violation (mapped to ConflictError `duplicate` by the applier).
 */
export function directoryMutations(db: StatementCache): DirectoryHandlers {
  return {
    'orgUnit.upsert': ({ record }) => void db.run(sql.orgUnit, rowParams(orgUnitsTable, record)),
    'user.upsert': ({ record }) => void db.run(sql.user, rowParams(usersTable, record)),
    'enterprise.upsert': ({ record }) => void db.run(sql.enterprise, rowParams(enterprisesTable, record)),
    'pairing.upsert': ({ record }) => void db.run(sql.pair, rowParams(pairingsTable, record)),
    'pairing.delete': ({ record }) => void db.run(sql.unpair, pairingsTable.encode(record, sqlite)),
    'orgUnit.delete': ({ id }) => void db.run(sql.deleteOrgUnit, id),
    'enterprise.delete': ({ id }) => {
      db.run(sql.unpairEnterprise, id);
      db.run(sql.deleteEnterprise, id);
    },
    'user.delete': ({ id }) => {
      db.run(sql.unpairStaff, id);
      db.run(sql.clearSkills, id);
      db.run(sql.deleteUser, id);
    },
    'user.skills': ({ userId, skills }) => {
      db.run(sql.clearSkills, userId);
      for (const skill of skills) db.run(sql.addSkill, userId, skill);
    },
  };
}
