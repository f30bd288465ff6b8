/**
 * Sample data a draft's expressions are tried on at publish (the dry run): a value for every field
 * of the intake form and the task forms, from the form itself (`examples`, `default`, `const`, the
 * first `enum` value, else a value of the field's type), plus the jurisdiction's own sample data
 * when the caller has it (its scenarios' submissions and task completions).
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../common/json.js';
import type { FormResource } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import { sameObjectSchemas } from './form-fields.js';

export interface DraftSamples {
  /** Intake form data (e.g. every `submit` of the jurisdiction's scenarios). */
  intake?: JsonObject[];
  /** Task results (e.g. every `complete` of the jurisdiction's scenarios). */
  tasks?: JsonObject[];
}

/** At most this many intake samples are tried (the form's own first). */
export const maxSamples = 8;

function typed(schema: JsonObject): JsonValue {
  const type = Array.isArray(schema['type']) ? schema['type'][0] : schema['type'];
  if (type === 'number' || type === 'integer')
    return typeof schema['minimum'] === 'number' ? schema['minimum'] : 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [];
  if (type === 'object') return {};
  if (schema['format'] === 'date') return '2026-03-16';
  if (schema['format'] === 'date-time') return '2026-03-16T09:00:00+08:00';
  return '示例';
}

function fieldSample(schema: JsonValue): JsonValue {
  if (!isJsonObject(schema)) return null;
  const examples = schema['examples'];
  if (Array.isArray(examples) && examples.length > 0) return examples[0] as JsonValue;
  if (schema['default'] !== undefined) return schema['default'] as JsonValue;
  if (schema['const'] !== undefined) return schema['const'] as JsonValue;
  const options = schema['enum'];
  if (Array.isArray(options) && options.length > 0) return options[0] as JsonValue;
  return typed(schema);
}

/** One value per field a form declares. */
export function formSample(schema: JsonValue): JsonObject {
  const sample: JsonObject = {};
  for (const { schema: part, test } of sameObjectSchemas(schema)) {
    if (test) continue;
    const properties = part['properties'];
    if (!isJsonObject(properties)) continue;
    for (const [name, field] of Object.entries(properties))
      if (!(name in sample)) sample[name] = fieldSample(field);
  }
  return sample;
}

/** The process variables each dry-run sample stands for: the case start, every form's fields. */
export function variableSamples(
  jurisdiction: string,
  mechanism: Mechanism,
  forms: readonly FormResource[],
  samples: DraftSamples,
): JsonObject[] {
  const intakeForm = forms.find((f) => f.key === mechanism.intakeForm);
  const taskFields = Object.assign(
    {},
    ...forms.filter((f) => f !== intakeForm).map((f) => formSample(f.schema)),
    ...(samples.tasks ?? []),
  ) as JsonObject;
  const intake = [formSample(intakeForm?.schema ?? null), ...(samples.intake ?? [])].slice(0, maxSamples);
  return intake.map((data, i) => ({
    caseId: `dry-run-${i}`,
    jurisdiction,
    definitionVersion: 0,
    channel: mechanism.channels[i % Math.max(1, mechanism.channels.length)]?.id ?? null,
    title: '样例诉求',
    lastCompletedBy: 'dry-run',
    ...taskFields,
    data,
  }));
}
