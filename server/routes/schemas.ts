import type { JsonObject } from '../../runtime/common/json.js';

const id = { type: 'string', minLength: 1, maxLength: 100 };
const nullableString = { type: ['string', 'null'] };

export const labelSchema: JsonObject = {
  type: 'object',
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
};

export const caseSchema: JsonObject = {
  type: 'object',
  required: ['id', 'jurisdiction', 'status', 'channel', 'title', 'data', 'createdAt'],
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
};

export const taskSchema: JsonObject = {
  type: 'object',
  required: ['id', 'caseId', 'name', 'status', 'candidateGroups'],
  properties: {
    id,
    caseId: id,
    jurisdiction: id,
    elementId: { type: 'string' },
    name: { type: 'string' },
    formKey: nullableString,
    candidateGroups: { type: 'array', items: { type: 'string' } },
    assignee: nullableString,
    status: { type: 'string', enum: ['open', 'completed', 'cancelled'] },
    createdAt: { type: 'string' },
    dueAt: nullableString,
    completedAt: nullableString,
    caseTitle: { type: 'string' },
    workingDaysLeft: { type: ['integer', 'null'] },
    deadlineProvisional: { type: 'boolean' },
  },
};

export const ratingSchema: JsonObject = {
  type: 'object',
  properties: {
    level: { type: 'string' },
    stars: { type: 'object' },
    comment: nullableString,
    auto: { type: 'boolean' },
    at: { type: 'string' },
  },
};

export const pageOf = (items: JsonObject): JsonObject => ({
  type: 'object',
  required: ['items', 'total'],
  properties: { items: { type: 'array', items }, total: { type: 'integer' } },
});

export const pagingQuery = {
  limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
  offset: { type: 'string', pattern: '^[0-9]{1,7}$' },
};

export function paging(query: Record<string, unknown>): { limit: number; offset: number } {
  const limit = Math.min(Number(query.limit ?? 50) || 50, 500);
  return { limit, offset: Number(query.offset ?? 0) || 0 };
}
