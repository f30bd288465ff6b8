// Shapes of the definition-authoring endpoints, derived from the server's schemas
// (runtime/contract/definitions.ts, migrations.ts).
import type { FromSchema } from 'json-schema-to-ts';
import type {
  authoringSchema,
  bundleBodySchema,
  definitionProblemSchema,
  publishResultSchema,
  validationSchema,
  versionRecordSchema,
  versionSummarySchema,
} from '../../../runtime/contract/definitions';
import type {
  caseMigrationCheckSchema,
  migrationPlanSchema,
  migrationResultSchema,
} from '../../../runtime/contract/migrations';
import type { Known } from './types';

/** Any JSON value: what the mechanism and form editors edit. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

type Bundle = FromSchema<typeof bundleBodySchema>;
export type ProcessFile = Bundle['processes'][number];

/** A form file as the editors hold it: its schemas as JSON. */
export type FormFile = Omit<Known<Bundle['forms'][number]>, 'schema' | 'ui'> & {
  schema: JsonObject;
  ui: JsonObject;
};

/** What is edited and published: mechanism settings, BPMN processes, forms (the mechanism as JSON). */
export interface DefinitionDraft {
  mechanism: JsonObject;
  processes: ProcessFile[];
  forms: FormFile[];
}

export type VersionSummary = FromSchema<typeof versionSummarySchema>;
/** A version with its files, the editors' draft types over the bundle's JSON. */
export type VersionRecord = Omit<Known<FromSchema<typeof versionRecordSchema>>, 'bundle'> & {
  bundle: DefinitionDraft & { jurisdiction: string };
};
export type PublishResult = FromSchema<typeof publishResultSchema>;
export type DefinitionProblem = FromSchema<typeof definitionProblemSchema>;
export type ValidationResult = FromSchema<typeof validationSchema>;
export type Authoring = Omit<Known<FromSchema<typeof authoringSchema>>, 'mechanismSchema'> & {
  mechanismSchema: JsonObject;
};

/** Migration of open cases between versions. */
export type MigrationPlanInput = FromSchema<typeof migrationPlanSchema>;
export type CaseMigrationCheck = FromSchema<typeof caseMigrationCheckSchema>;
export type MigrationResult = FromSchema<typeof migrationResultSchema>;
