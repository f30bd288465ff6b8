import { anyObject, arrayOf, boolean, id, nullableString, objectOf, string } from './common.js';

/** A request (诉求) as the API answers it. */
export const caseSchema = {
  type: 'object',
  required: [
    'id',
    'caseNumber',
    'jurisdiction',
    'status',
    'channel',
    'title',
    'requestClass',
    'tier',
    'deadlineAt',
    'deadlineWorkingDays',
    'data',
    'createdAt',
    'closedAt',
    'outcome',
  ],
  properties: {
    id,
    /** 案件编号, e.g. JXKF-2026-000123 (null only for a case filed before numbering, until backfilled). */
    caseNumber: nullableString,
    jurisdiction: id,
    status: { type: 'string', enum: ['open', 'closed', 'refused'] },
    channel: { type: 'string' },
    title: { type: 'string' },
    requestClass: nullableString,
    tier: nullableString,
    deadlineAt: nullableString,
    deadlineWorkingDays: { type: ['integer', 'null'] },
    /** The mechanism version the case runs on (its labels and rating scale are read from it). */
    definitionVersion: { type: 'integer' },
    /** The deadline falls in a year without an official holiday arrangement yet. */
    deadlineProvisional: { type: 'boolean' },
    data: { type: 'object' },
    createdAt: { type: 'string' },
    closedAt: nullableString,
    outcome: nullableString,
  },
} as const;

/** An enterprise's evaluation (评价) on the jurisdiction's scale: a level and stars per dimension. */
export const ratingSchema = objectOf(['level', 'stars', 'comment', 'auto', 'at'], {
  level: string,
  stars: { type: 'object', additionalProperties: { type: 'integer' } },
  comment: nullableString,
  auto: boolean,
  at: string,
});

/**
 * One timeline entry (办理过程): `actor` a user id or `system` (`enterprise` / `staff` in an
 * enterprise's view); `actorName` null for the system or a user no longer in the directory;
 * `actorUnit` the name of their unit. `fields`: what a completed step wrote, titled and in words
 * (办理经过) — every field for staff, the mechanism's public ones for the enterprise.
 */
export const caseEventSchema = objectOf(['id', 'at', 'type', 'actor', 'data'], {
  id: string,
  at: string,
  type: string,
  actor: string,
  actorName: nullableString,
  actorUnit: nullableString,
  data: anyObject,
  fields: arrayOf(objectOf(['name', 'title', 'text'], { name: string, title: string, text: string })),
});

/** POST /jurisdictions/:j/cases: a new request (提交诉求); staff may file it for an enterprise. */
export const newCaseSchema = {
  ...objectOf(['channel', 'title', 'data'], {
    channel: { type: 'string', minLength: 1, maxLength: 50 },
    title: { type: 'string', minLength: 2, maxLength: 200 },
    data: anyObject,
    enterpriseId: { type: ['string', 'null'], maxLength: 100 },
  }),
  additionalProperties: false,
} as const;

/** POST /cases/:id/rating: a level of the jurisdiction's scale, stars per dimension, a comment. */
export const newRatingSchema = {
  ...objectOf(['level'], {
    level: { type: 'string', maxLength: 50 },
    stars: anyObject,
    comment: { type: ['string', 'null'], maxLength: 2000 },
  }),
  additionalProperties: false,
} as const;

/** One 台账 row: the case's columns with names beside ids (GET /jurisdictions/:j/ledger). */
export const ledgerRowSchema = objectOf(
  [
    'id',
    'caseNumber',
    'title',
    'status',
    'channel',
    'requestClass',
    'tier',
    'enterpriseId',
    'enterpriseName',
    'orgUnitId',
    'orgUnitName',
    'ratingLevel',
    'deadlineAt',
    'createdAt',
    'closedAt',
    'overdue',
  ],
  {
    id,
    caseNumber: nullableString,
    title: string,
    status: { type: 'string', enum: ['open', 'closed', 'refused'] },
    channel: string,
    requestClass: nullableString,
    tier: nullableString,
    enterpriseId: nullableString,
    enterpriseName: nullableString,
    orgUnitId: nullableString,
    orgUnitName: nullableString,
    ratingLevel: nullableString,
    deadlineAt: nullableString,
    createdAt: string,
    closedAt: nullableString,
    overdue: boolean,
  },
);

/** 台账 filters (query string; dates local YYYY-MM-DD, `to` inclusive; `cursor` from the previous page). */
export const ledgerFilterProperties = {
  caseNumber: { type: 'string', maxLength: 40 },
  enterprise: { type: 'string', maxLength: 100 },
  from: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  to: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  status: { type: 'string', enum: ['open', 'closed', 'refused'] },
  requestClass: { type: 'string', maxLength: 64 },
  tier: { type: 'string', maxLength: 64 },
  orgUnitId: { type: 'string', maxLength: 100 },
  overdue: { type: 'string', enum: ['true', 'false'] },
  rating: { type: 'string', maxLength: 64 },
  channel: { type: 'string', maxLength: 64 },
  order: { type: 'string', enum: ['newest', 'oldest'] },
} as const;

export const ledgerQuerySchema = {
  type: 'object',
  properties: {
    ...ledgerFilterProperties,
    cursor: { type: 'string', maxLength: 400 },
    limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
  },
} as const;

/**
 * A page of the 台账: rows, the count of every match (on the first page; null on the pages after
 * it), the cursor of the next page (null: the last page).
 */
export const ledgerPageSchema = objectOf(['items', 'total', 'totalCapped', 'next'], {
  items: { type: 'array', items: ledgerRowSchema },
  /** The first page's count of matches, at most 10,000 (`totalCapped`: more matched); null after it. */
  total: { type: ['integer', 'null'] },
  totalCapped: { type: 'boolean' },
  next: nullableString,
});

/** A saved 台账 query (常用查询): a name and the filters. */
export const savedQuerySchema = objectOf(['id', 'name', 'query', 'createdAt'], {
  id,
  name: string,
  query: { type: 'object', additionalProperties: { type: 'string' } },
  createdAt: string,
});

export const newSavedQuerySchema = {
  ...objectOf(['name', 'query'], {
    name: { type: 'string', minLength: 1, maxLength: 50 },
    query: {
      type: 'object',
      additionalProperties: false,
      properties: ledgerFilterProperties,
    },
  }),
  additionalProperties: false,
} as const;
