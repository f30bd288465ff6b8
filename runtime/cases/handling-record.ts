/**
 * 办理经过: what each earlier step wrote, as the next reader should see it — every completed task's
 * result with the form's titles and option names (units by name, not id). Staff read every field
 * (`internal`); the enterprise only the fields the mechanism marks `public` (field-visibility.ts).
 */
import type { JsonObject } from '../common/json.js';
import type { FormResource } from '../definitions/definition-bundle.js';
import { shownFields, type FieldVisibility, type ShownField } from '../definitions/field-visibility.js';
import type { Mechanism } from '../definitions/mechanism.js';
import { withUnitNames } from '../definitions/unit-names.js';
import type { CaseEventRecord, TaskRecord } from '../store/records.js';

export interface StepForms {
  /** The case's own version's forms: a step is read with the form it was filled in. */
  forms: ReadonlyMap<string, FormResource>;
  mechanism: Pick<Mechanism, 'groups'>;
  tasks: readonly Pick<TaskRecord, 'id' | 'formKey'>[];
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields a `task.completed` entry's result shows to `audience`; none for other entries. */
export function stepFields(event: CaseEventRecord, step: StepForms, audience: FieldVisibility): ShownField[] {
  if (event.type !== 'task.completed' || !isObject(event.data.result)) return [];
  const formKey = step.tasks.find((t) => t.id === event.data.taskId)?.formKey;
  const form = formKey ? step.forms.get(formKey) : undefined;
  if (!form) return [];
  return shownFields(form, event.data.result, audience).map((f) => ({
    ...f,
    text: withUnitNames(f.text, step.mechanism),
  }));
}

/** Each entry with the fields its reader sees (`fields`, empty when it carries none). */
export function withStepFields<T extends CaseEventRecord>(
  events: readonly T[],
  step: StepForms,
  audience: FieldVisibility,
): (T & { fields: ShownField[] })[] {
  return events.map((e) => ({ ...e, fields: stepFields(e, step, audience) }));
}
