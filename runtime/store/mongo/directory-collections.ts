import { compositeId, defineDoc, docsFor } from './document-codec.js';
import { collectionSchema, tableSchema } from './mongo-schema.js';
import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from '../sql/directory-tables.js';

/** Documents of the directory (fields from `../sql/directory-tables.ts`). */
export const orgUnitDocs = docsFor(orgUnitsTable, (r) => r.id);

export const userDocs = docsFor(usersTable, (r) => r.id);

export const enterpriseDocs = docsFor(enterprisesTable, (r) => r.id);

export const pairingDocs = docsFor(pairingsTable, (r) =>
  compositeId(r.jurisdiction, r.staffId, r.enterpriseId),
);

/** One document per user with skills: `{ _id: userId, userId, skills }` (skills sorted). */
export interface UserSkillsRecord {
  userId: string;
  skills: string[];
}
export const skillDocs = defineDoc<UserSkillsRecord>(
  'user_skills',
  { userId: 'plain', skills: 'plain' },
  (r) => r.userId,
);

/** The directory collections by the name the directory repository reads them under. */
export const directoryDocs = {
  users: userDocs,
  units: orgUnitDocs,
  enterprises: enterpriseDocs,
  pairings: pairingDocs,
  skills: skillDocs,
};

export const directorySchemas = {
  org_units: tableSchema(orgUnitsTable, {}, [{ fields: { jurisdiction: 1, _id: 1 } }]),
  users: tableSchema(usersTable, {}, [
    { fields: { username: 1 }, options: { unique: true } },
    { fields: { jurisdiction: 1, username: 1 } },
  ]),
  enterprises: tableSchema(enterprisesTable, {}, [
    { fields: { jurisdiction: 1, creditCode: 1 }, options: { unique: true } },
    { fields: { jurisdiction: 1, name: 1, _id: 1 } },
  ]),
  pairings: tableSchema(pairingsTable, {}, [
    { fields: { jurisdiction: 1, staffId: 1, enterpriseId: 1 } },
    { fields: { jurisdiction: 1, enterpriseId: 1 } },
  ]),
  user_skills: collectionSchema('user_skills', { userId: String, skills: [String] }, []),
};
