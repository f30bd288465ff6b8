import { id, pagingQuery, integer, nullableString, objectOf, string } from './common.js';

/** An open engine incident (a job out of retries, an uncaught BPMN error) with its case. */
export const incidentSchema = objectOf(
  ['incidentKey', 'jobKey', 'caseId', 'caseTitle', 'elementId', 'message', 'at'],
  {
    incidentKey: string,
    jobKey: nullableString,
    caseId: string,
    caseTitle: string,
    elementId: string,
    message: string,
    at: string,
  },
);

const state = { type: ['object', 'array', 'string', 'number', 'boolean', 'null'] } as const;

/** An audit log entry: who changed what, when, with before/after of admin edits. */
export const auditEntrySchema = objectOf(
  ['id', 'at', 'jurisdiction', 'actorId', 'action', 'method', 'path', 'status'],
  {
    id: string,
    at: string,
    jurisdiction: nullableString,
    actorId: nullableString,
    actorName: nullableString,
    action: string,
    method: string,
    path: string,
    target: nullableString,
    status: integer,
    requestId: nullableString,
    before: state,
    after: state,
  },
);

const isoInstant = {
  type: 'string',
  maxLength: 40,
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+Z?)?$',
} as const;

/** GET /audit: by jurisdiction (platform admins), person, action and time range, paged. */
export const auditQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    jurisdiction: { type: 'string', maxLength: 100 },
    actorId: { type: 'string', maxLength: 100 },
    /** 账号审计: what this account did and what was done to it. */
    account: { type: 'string', maxLength: 100 },
    action: { type: 'string', maxLength: 200 },
    from: isoInstant,
    to: isoInstant,
    ...pagingQuery,
  },
} as const;

/** 督办单 / 领导批示 of a case, with the names of who issued and who answered. */
export const supervisionOrderSchema = objectOf(
  ['id', 'caseId', 'kind', 'instruction', 'targetGroup', 'dueAt', 'status', 'answer'],
  {
    id,
    caseId: id,
    kind: { type: 'string', enum: ['supervision', 'leader-instruction'] },
    instruction: string,
    targetGroup: string,
    dueAt: string,
    status: { type: 'string', enum: ['open', 'answered', 'withdrawn'] },
    answer: nullableString,
    issuedBy: string,
    issuedByName: nullableString,
    issuedAt: string,
    answeredAt: nullableString,
    answeredByName: nullableString,
  },
);
