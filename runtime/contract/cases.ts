import { id, nullableString } from './common.js';

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

export const ratingSchema = {
  type: 'object',
  properties: {
    level: { type: 'string' },
    stars: { type: 'object' },
    comment: nullableString,
    auto: { type: 'boolean' },
    at: { type: 'string' },
  },
} as const;

/** One timeline entry (办理过程). */
export const caseEventSchema = {
  type: 'object',
  required: ['id', 'at', 'type'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string' },
    type: { type: 'string' },
    actor: nullableString,
    actorName: nullableString,
    data: { type: 'object' },
  },
} as const;

/**
 * GET /cases/:id: the case with its timeline, tasks, rating, attachments and working days left (an
 * enterprise's view leaves out tasks, internal steps and staff).
 */
export const caseDetailSchema = {
  type: 'object',
  required: ['case', 'timeline'],
  properties: {
    case: caseSchema,
    timeline: { type: 'array', items: caseEventSchema },
    tasks: { type: 'array', items: { type: 'object' } },
    rating: { anyOf: [ratingSchema, { type: 'null' }] },
    attachments: { type: 'array', items: { type: 'object' } },
    workingDaysLeft: { type: ['integer', 'null'] },
    awaiting: { type: ['string', 'null'], enum: ['rating', 'supplement', null] },
  },
} as const;
