import { compositeId, defineDoc, docsFor } from './document-codec.js';
import { collectionSchema } from './mongo-schema.js';
import { enterprisesTable, orgUnitsTable, pairingsTable, usersTable } from '../sql/directory-tables.js';

/** Documents of the directory (the SQLite adapter's `directory-tables.ts`). */
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

export const directorySchemas = {
  org_units: collectionSchema(
    'org_units',
    { id: String, jurisdiction: String, parentId: String, name: String, kind: String },
    [{ fields: { jurisdiction: 1, _id: 1 } }],
  ),
  users: collectionSchema(
    'users',
    {
      id: String,
      jurisdiction: String,
      username: String,
      displayName: String,
      roles: [String],
      groups: [String],
      orgUnitId: String,
      enterpriseId: String,
      passwordHash: String,
    },
    [{ fields: { username: 1 }, options: { unique: true } }, { fields: { jurisdiction: 1, username: 1 } }],
  ),
  enterprises: collectionSchema(
    'enterprises',
    {
      id: String,
      jurisdiction: String,
      creditCode: String,
      name: String,
      scale: String,
      industry: String,
      area: String,
      tags: [String],
    },
    [
      { fields: { jurisdiction: 1, creditCode: 1 }, options: { unique: true } },
      { fields: { jurisdiction: 1, name: 1, _id: 1 } },
    ],
  ),
  pairings: collectionSchema('pairings', { jurisdiction: String, staffId: String, enterpriseId: String }, [
    { fields: { jurisdiction: 1, staffId: 1, enterpriseId: 1 } },
    { fields: { jurisdiction: 1, enterpriseId: 1 } },
  ]),
  user_skills: collectionSchema('user_skills', { userId: String, skills: [String] }, []),
};
