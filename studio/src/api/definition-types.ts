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
