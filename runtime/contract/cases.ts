import { anyObject, boolean, id, nullableString, objectOf, string } from './common.js';

/** A request (诉求) as the API answers it. */
export const caseSchema = {
  type: 'object',
  required: [
    'id',
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
    jurisdiction: id,
    status: { type: 'string', enum: ['open', 'closed', 'refused'] },
    channel: { type: 'string' },
    title: { type: 'string' },
    requestClass: nullableString,
    tier: nullableString,
    deadlineAt: nullableString,
    deadlineWorkingDays: { type: ['integer', 'null'] },
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

/** One timeline entry (办理过程); `actorName` null for the system or a user no longer in the directory. */
export const caseEventSchema = objectOf(['id', 'at', 'type'], {
  id: string,
  at: string,
  type: string,
  actor: nullableString,
  actorName: nullableString,
  data: anyObject,
});
