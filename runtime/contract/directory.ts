/** Responses of the directory routes (名录). */

export const orgUnitSchema = {
  type: 'object',
  required: ['id', 'name', 'kind'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    parentId: { type: ['string', 'null'] },
  },
} as const;

/** GET …/directory/org-units: the tree, each unit with its `children`. */
export const orgTreeSchema = {
  type: 'array',
  items: { ...orgUnitSchema, properties: { ...orgUnitSchema.properties, children: { type: 'array' } } },
} as const;

/** A signed-in user (GET /me). */
export const userSchema = {
  type: 'object',
  required: ['id', 'username', 'displayName', 'roles', 'groups', 'jurisdiction', 'enterpriseId'],
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
    groups: { type: 'array', items: { type: 'string' } },
    jurisdiction: { type: ['string', 'null'] },
    enterpriseId: { type: ['string', 'null'] },
  },
} as const;

/** A staff member of the directory: the user with org unit and skills. */
export const staffSchema = {
  ...userSchema,
  properties: {
    ...userSchema.properties,
    orgUnitId: { type: ['string', 'null'] },
    skills: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const pairingSchema = {
  type: 'object',
  required: ['staffId', 'enterpriseId'],
  properties: { staffId: { type: 'string' }, enterpriseId: { type: 'string' } },
} as const;

/** A bulk import that went through (a refused one answers 422 with row details or the error report). */
export const importOutcomeSchema = {
  type: 'object',
  required: ['ok', 'rows'],
  properties: {
    ok: { type: 'boolean' },
    rows: { type: 'integer' },
    created: { type: 'integer' },
    updated: { type: 'integer' },
  },
} as const;

/** GET …/directory/coverage: unpaired enterprises (a page) and underloaded helpers. */
export const coverageSchema = {
  type: 'object',
  required: ['min', 'unpairedEnterprises', 'underloadedStaff'],
  properties: {
    min: { type: 'integer' },
    unpairedEnterprises: { type: 'object' },
    underloadedStaff: { type: 'array', items: { type: 'object' } },
  },
} as const;
