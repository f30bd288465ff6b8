import { arrayOf, boolean, integer, objectOf, string, strings } from './common.js';

/** Requests and responses of the migration routes (迁移: open cases from one version to another). */

const version = { type: 'integer', minimum: 1, maximum: 999_999_999 } as const;
const elementId = { type: 'string', minLength: 1, maxLength: 200 } as const;

const planProperties = {
  fromVersion: version,
  toVersion: version,
  caseIds: { type: 'array', maxItems: 500, items: elementId },
  /** Only cases with one of these elements active (e.g. the task they are stuck at). */
  elementIds: { type: 'array', maxItems: 100, items: elementId },
  mappings: {
    type: 'array',
    maxItems: 200,
    items: { ...objectOf(['from', 'to'], { from: elementId, to: elementId }), additionalProperties: false },
  },
} as const;

/** POST …/migrations/dry-run: which cases, from and to which version, with which element mappings. */
export const migrationPlanSchema = {
  ...objectOf(['fromVersion', 'toVersion'], planProperties),
  additionalProperties: false,
} as const;

/** POST …/migrations: the plan and its 变更说明. */
export const migrateBodySchema = {
  ...migrationPlanSchema,
  properties: { ...planProperties, note: { type: 'string', maxLength: 500 } },
} as const;

const migrationProblem = objectOf(['elementId', 'code', 'reason'], {
  elementId: string,
  code: string,
  reason: string,
});

/** One open case: where it stands, and whether it can move (and why not). */
export const caseMigrationCheckSchema = objectOf(
  ['caseId', 'title', 'activeElements', 'movable', 'problems'],
  {
    caseId: string,
    title: string,
    activeElements: arrayOf(objectOf(['elementId', 'name'], { elementId: string, name: string })),
    movable: boolean,
    problems: arrayOf(migrationProblem),
  },
);

export const dryRunSchema = objectOf(['cases'], { cases: arrayOf(caseMigrationCheckSchema) });

export const migrationResultSchema = objectOf(['migrated', 'refused'], {
  migrated: strings,
  refused: arrayOf(caseMigrationCheckSchema),
});

/** GET …/versions/:version/open-cases. */
export const openCasesSchema = objectOf(['count'], { count: integer });
