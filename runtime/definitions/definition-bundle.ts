import type { ProcessResource } from '../engine/engine.js';
import type { JsonObject } from '../common/json.js';
import type { Mechanism } from './mechanism.js';

/** One BPMN file of a definition (`processes/<name>.bpmn`): what the Engine port deploys. */
export type { ProcessResource };

/** One form: `forms/<key>.schema.json` (JSON Schema) plus optional `forms/<key>.ui.json`. */
export interface FormResource {
  key: string;
  schema: JsonObject;
  ui: JsonObject;
}

/** A definition as read from disk or sent by the studio, before validation. */
export interface RawDefinitionBundle {
  jurisdiction: string;
  mechanism: unknown;
  processes: ProcessResource[];
  forms: FormResource[];
}

/** A validated definition: what gets published as an immutable version. */
export interface DefinitionBundle extends RawDefinitionBundle {
  mechanism: Mechanism;
}

/** One validation finding. `file` is relative to the definition folder. */
export interface DefinitionProblem {
  file: string;
  elementId?: string;
  /** JSON pointer inside the file, for JSON files. */
  path?: string;
  reason: string;
  severity: 'error' | 'warning';
}
