// SchemaForm: renders a JSON Schema (draft-07 subset) + rjsf-style UI schema as an accessible form.
export { SchemaForm, type SchemaFormProps } from './SchemaForm';
export { SchemaFields } from './SchemaFields';
export { useSchemaForm, type SchemaFormState } from './use-schema-form';
export { focusFirstInvalid } from './focus-first-invalid';
export { orderedFields } from './ordered-fields';
export { enumLabels, uiField } from './ui-field';
export type { FieldErrors, FormData, JsonSchema, PropertySchema, UiSchema } from './form-types';
