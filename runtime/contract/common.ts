/**
 * The API contract's building blocks (接口契约): JSON Schemas the server validates and documents
 * requests and responses with, and the studio derives its types from (`FromSchema` of
 * json-schema-to-ts). Self-contained: this folder imports nothing outside itself, and every
 * constant is `as const` so its type is the schema itself.
 */

export const id = { type: 'string', minLength: 1, maxLength: 100 } as const;
export const nullableString = { type: ['string', 'null'] } as const;

export const labelSchema = {
  type: 'object',
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
} as const;

export const pageOf = <Items extends object>(items: Items) =>
  ({
    type: 'object',
    required: ['items', 'total'],
    properties: { items: { type: 'array', items }, total: { type: 'integer' } },
  }) as const;

export const pagingQuery = {
  limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
  offset: { type: 'string', pattern: '^[0-9]{1,7}$' },
} as const;

/** 202 / 201 of a command with nothing else to say. */
export const acceptedSchema = {
  type: 'object',
  required: ['accepted'],
  properties: { accepted: { type: 'boolean' } },
} as const;

/** 204: no body. */
export const noContent = { type: 'null', description: 'no content' } as const;

/** A file download (`contentMediaType` is the response's media type in the OpenAPI document). */
export const fileOf = <Media extends string>(contentMediaType: Media) =>
  ({ type: 'string', contentMediaType, description: 'the file' }) as const;

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A located problem (`details[]` of an error, warnings of a preview). */
export const problemSchema = {
  type: 'object',
  required: ['path', 'reason'],
  properties: { path: { type: 'string' }, reason: { type: 'string' }, code: { type: 'string' } },
} as const;
