import { arrayOf, boolean, integer, nullableString, objectOf, string, strings } from './common.js';

/** Responses of the directory routes (名录). */

/** What an org unit is (kept equal to runtime/directory's list: tests/unit/contract-types.test.ts). */
export const orgUnitKinds = ['city', 'district', 'town', 'area', 'station', 'department', 'team'] as const;

export const orgUnitSchema = objectOf(['id', 'name', 'kind'], {
  id: string,
  name: string,
  kind: string,
  parentId: nullableString,
});

/** GET …/directory/org-units: the tree, each unit with its `children`. */
export const orgTreeSchema = arrayOf({
  ...orgUnitSchema,
  properties: { ...orgUnitSchema.properties, children: { type: 'array' } },
});

/** A signed-in user (GET /me). */
export const userSchema = objectOf(
  ['id', 'username', 'displayName', 'roles', 'groups', 'jurisdiction', 'enterpriseId'],
  {
    id: string,
    username: string,
    displayName: string,
    roles: strings,
    groups: strings,
    jurisdiction: nullableString,
    enterpriseId: nullableString,
  },
);

/** A staff member of the directory: the user with org unit and skills. */
export const staffSchema = objectOf([...userSchema.required, 'orgUnitId', 'skills'], {
  ...userSchema.properties,
  orgUnitId: nullableString,
  skills: strings,
});

/** An enterprise (企业) of the directory. */
export const enterpriseSchema = objectOf(['id', 'creditCode', 'name', 'scale', 'industry', 'area', 'tags'], {
  id: string,
  creditCode: string,
  name: string,
  scale: nullableString,
  industry: nullableString,
  area: nullableString,
  tags: strings,
});

export const pairingSchema = objectOf(['staffId', 'enterpriseId'], { staffId: string, enterpriseId: string });

/** A bulk import that went through (a refused one answers 422 with row details or the error report). */
export const importOutcomeSchema = objectOf(['ok', 'rows'], {
  ok: boolean,
  rows: integer,
  created: integer,
  updated: integer,
});

/** GET …/directory/coverage: unpaired enterprises (a page) and underloaded helpers. */
export const coverageSchema = objectOf(['min', 'unpairedEnterprises', 'underloadedStaff'], {
  min: integer,
  unpairedEnterprises: { type: 'object' },
  underloadedStaff: arrayOf({ type: 'object' }),
});
