/**
 * The API contract's building blocks (接口契约): JSON Schemas the server validates and documents
 * requests and responses with, and the studio derives its types from (`FromSchema` of
 * json-schema-to-ts). Self-contained: this folder imports nothing outside itself, and every
 * constant is `as const` so its type is the schema itself.
 */

export const id = { type: 'string', minLength: 1, maxLength: 100 } as const;
export const string = { type: 'string' } as const;
export const integer = { type: 'integer' } as const;
export const boolean = { type: 'boolean' } as const;
export const nullableString = { type: ['string', 'null'] } as const;
export const nullableInteger = { type: ['integer', 'null'] } as const;
/** An object whose fields are not described further (form data, a mechanism being edited). */
export const anyObject = { type: 'object' } as const;

/** An array of `items`. */
export const arrayOf = <const Items extends object>(items: Items) => ({ type: 'array', items }) as const;
export const strings = arrayOf(string);

/** An object schema: its `required` names and its `properties`, as literal types. */
export const objectOf = <const Required extends readonly string[], const Properties extends object>(
  required: Required,
  properties: Properties,
) => ({ type: 'object', required, properties }) as const;

/** The names of an object's properties, for a schema that requires all of them. */
export const keysOf = <const Properties extends object>(properties: Properties) =>
  Object.keys(properties) as (keyof Properties & string)[];

/** An object schema that requires every one of its properties. */
export const everyFieldOf = <const Properties extends object>(properties: Properties) =>
  objectOf(keysOf(properties), properties);

/** An object schema that requires every one of its properties and allows no other. */
export const exactlyFieldsOf = <const Properties extends object>(properties: Properties) =>
  ({ ...everyFieldOf(properties), additionalProperties: false }) as const;

/** `schema` or null. */
export const orNull = <const Schema extends object>(schema: Schema) =>
  ({ anyOf: [schema, { type: 'null' }] }) as const;

/** A bilingual label (Chinese first) as definitions carry it. */
export const labelSchema = objectOf(['zh'], { zh: string, en: string });

/** An id with its label: a channel, a refusal reason, a star dimension. */
export const labelledSchema = objectOf(['id', 'label'], { id: string, label: labelSchema });

/** A page of a list: its items and how many there are in all. */
export const pageOf = <const Items extends object>(items: Items) =>
  objectOf(['items', 'total'], { items: arrayOf(items), total: integer });

export const pagingQuery = {
  limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
  offset: { type: 'string', pattern: '^[0-9]{1,7}$' },
} as const;

/** 202 / 201 of a command with nothing else to say. */
export const acceptedSchema = objectOf(['accepted'], { accepted: boolean });

/** 204: no body. */
export const noContent = { type: 'null', description: 'no content' } as const;

/** A file download (`contentMediaType` is the response's media type in the OpenAPI document). */
export const fileOf = <Media extends string>(contentMediaType: Media) =>
  ({ type: 'string', contentMediaType, description: 'the file' }) as const;

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A located problem (`details[]` of an error, warnings of a preview). */
export const problemSchema = objectOf(['path', 'reason'], { path: string, reason: string, code: string });

/** The body of every 4xx/5xx answer. */
export const errorSchema = objectOf(['error'], {
  error: objectOf(['code', 'message', 'details'], {
    code: string,
    message: string,
    details: arrayOf(problemSchema),
  }),
});
