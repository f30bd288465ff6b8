// Shapes of the definition-authoring endpoints (server/routes/definition-routes.ts).

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface ProcessFile {
  name: string;
  xml: string;
}

export interface FormFile {
  key: string;
  schema: JsonObject;
  ui: JsonObject;
}

/** What is edited and published: mechanism settings, BPMN processes, forms. */
export interface DefinitionDraft {
  mechanism: JsonObject;
  processes: ProcessFile[];
  forms: FormFile[];
}

export interface VersionSummary {
  jurisdiction: string;
  version: number;
  hash: string;
  publishedAt: string;
  publishedBy: string;
  /** The publisher's name (admins get it; null for the definitions folder at start-up). */
  publishedByName?: string | null;
  /** 变更说明, null for versions published without one. */
  note: string | null;
  /** Set on a rollback: the version published again. */
  rollbackOf: number | null;
}

export interface VersionRecord extends VersionSummary {
  bundle: DefinitionDraft & { jurisdiction: string };
}

export interface PublishResult extends VersionSummary {
  unchanged: boolean;
}

/** One validation finding; `path` is `file#element/json/pointer`, as `defs:validate` prints it. */
export interface DefinitionProblem {
  path: string;
  file?: string;
  elementId?: string;
  reason: string;
  severity: 'error' | 'warning';
}

export interface ValidationResult {
  valid: boolean;
  problems: DefinitionProblem[];
}

export interface Authoring {
  mechanismSchema: JsonObject;
  jobTypes: string[];
}

/** Migration of open cases between versions (server/routes/migration-routes.ts). */
export interface ElementMapping {
  from: string;
  to: string;
}

export interface MigrationPlanInput {
  fromVersion: number;
  toVersion: number;
  caseIds?: string[];
  elementIds?: string[];
  mappings?: ElementMapping[];
}

export interface MigrationProblem {
  elementId: string;
  code: string;
  reason: string;
}

export interface CaseMigrationCheck {
  caseId: string;
  title: string;
  activeElements: { elementId: string; name: string }[];
  movable: boolean;
  problems: MigrationProblem[];
}

export interface MigrationResult {
  migrated: string[];
  refused: CaseMigrationCheck[];
}
