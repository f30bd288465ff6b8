// The studio's one form toolkit: rjsf (antd theme) set up once, and the form-schema helpers screens share.
export { StudioForm, toErrorSchema, type StudioFormProps } from './StudioForm';
export { focusFirstInvalid } from './focus-first-invalid';
export { orderedFields } from './ordered-fields';
export { enumLabels, uiField } from './ui-field';
export type { FormData, JsonSchema, PropertySchema, UiSchema } from './form-types';
