import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from '../sql/directory-tables.js';
import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql, upsertSql } from './row-codec.js';

const sql = {
  orgUnit: upsertSql(orgUnitsTable, ['id']),
  user: upsertSql(usersTable, ['id']),
  enterprise: upsertSql(enterprisesTable, ['id']),
  pair: insertSql(pairingsTable, 'ON CONFLICT DO NOTHING'),
  unpair: 'DELETE FROM pairings WHERE jurisdiction = $1 AND staff_id = $2 AND enterprise_id = $3',
  deleteOrgUnit: 'DELETE FROM org_units WHERE id = $1',
  deleteEnterprise: 'DELETE FROM enterprises WHERE id = $1',
  unpairEnterprise: 'DELETE FROM pairings WHERE enterprise_id = $1',
  deleteUser: 'DELETE FROM users WHERE id = $1',
  unpairStaff: 'DELETE FROM pairings WHERE staff_id = $1',
  // Locks the user, so two concurrent replacements of one user's skills apply one after the other.
  lockUser: 'SELECT 1 FROM users WHERE id = $1 FOR UPDATE',
  clearSkills: 'DELETE FROM user_skills WHERE user_id = $1',
  addSkills: 'INSERT INTO user_skills (user_id, skill) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
};

/**
 * Directory writes: upserts by id. A username, or a credit code within a jurisdiction, taken by
 * another record is a unique violation (mapped to ConflictError `duplicate` by the applier).
 */
export const directoryMutations: HandlersOf<'orgUnit.' | 'user.' | 'enterprise.' | 'pairing.'> = {
  'orgUnit.upsert': writeRecord(sql.orgUnit, orgUnitsTable),
  'user.upsert': writeRecord(sql.user, usersTable),
  'enterprise.upsert': writeRecord(sql.enterprise, enterprisesTable),
  'pairing.upsert': writeRecord(sql.pair, pairingsTable),
  'pairing.delete': async (tx, { record }) =>
    void (await tx.run(sql.unpair, [record.jurisdiction, record.staffId, record.enterpriseId])),
  'orgUnit.delete': async (tx, { id }) => void (await tx.run(sql.deleteOrgUnit, [id])),
  'enterprise.delete': async (tx, { id }) => {
    await tx.run(sql.unpairEnterprise, [id]);
    await tx.run(sql.deleteEnterprise, [id]);
  },
  'user.delete': async (tx, { id }) => {
    await tx.run(sql.unpairStaff, [id]);
    await tx.run(sql.clearSkills, [id]);
    await tx.run(sql.deleteUser, [id]);
  },
  'user.skills': async (tx, { userId, skills }) => {
    await tx.run(sql.lockUser, [userId]);
    await tx.run(sql.clearSkills, [userId]);
    if (skills.length) await tx.run(sql.addSkills, [userId, skills]);
  },
};
