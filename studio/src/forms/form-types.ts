// The subset of JSON Schema (draft-07) and rjsf UI schema the studio reads from a form resource.

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

/** `if: {properties: {x: {const}}}, then: {required}` — a field asked for once a choice is made. */
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
