// The subset of JSON Schema (draft-07) and rjsf-style UI schema that SchemaForm renders.

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface PropertySchema {
  type?: JsonType | JsonType[];
  title?: string;
  description?: string;
  enum?: unknown[];
  /** Legacy rjsf labels for `enum`; `ui:enumNames` wins. */
  enumNames?: string[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

/** `if: {properties: {x: {const}}}, then: {required}` — the one conditional the studio honours. */
export interface ConditionalRequired {
  if?: { properties?: Record<string, { const?: unknown; enum?: unknown[] }>; required?: string[] };
  then?: { required?: string[] };
}

export interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: 'object';
  required?: string[];
  properties?: Record<string, PropertySchema>;
  allOf?: ConditionalRequired[];
  additionalProperties?: boolean;
}

export type Widget = 'textarea' | 'radio' | 'select' | 'checkbox' | 'text';

export interface UiField {
  'ui:widget'?: Widget | string;
  'ui:help'?: string;
  'ui:enumNames'?: string[];
  'ui:placeholder'?: string;
}

export interface UiSchema {
  'ui:order'?: string[];
  [field: string]: UiField | string[] | undefined;
}

export type FormData = Record<string, unknown>;

/** Field name -> message shown under the field. */
export type FieldErrors = Record<string, string>;
