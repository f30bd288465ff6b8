/**
 * JSON as the form model reads it: the shape of `api/definition-types`' JsonValue, declared here
 * without imports so the model also loads under node's test runner and the root typecheck
 * (tests/unit/studio-form-editor.test.ts), like `forms/conditional-fields.ts`.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
