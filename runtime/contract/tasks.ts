import { caseSchema } from './cases.js';
import { id, nullableString, pageOf } from './common.js';

/** A task (待办) as the API answers it: with its case's title and working days left. */
export const taskSchema = {
  type: 'object',
  required: [
    'id',
    'caseId',
    'jurisdiction',
    'elementId',
    'name',
    'formKey',
    'candidateGroups',
    'assignee',
    'status',
    'createdAt',
    'dueAt',
    'completedAt',
    'caseTitle',
    'workingDaysLeft',
  ],
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
} as const;

export const taskScopes = ['mine', 'group', 'unassigned', 'overdue'] as const;

/** GET /tasks: a page of tasks and the open count of every scope. */
export const taskPageSchema = {
  type: 'object',
  required: ['items', 'total', 'counts'],
  properties: {
    ...pageOf(taskSchema).properties,
    counts: {
      type: 'object',
      required: taskScopes,
      properties: {
        mine: { type: 'integer' },
        group: { type: 'integer' },
        unassigned: { type: 'integer' },
        overdue: { type: 'integer' },
      },
    },
  },
} as const;

/** GET /tasks/:id: the task, its form (JSON Schema + UI schema) and its case. */
export const taskDetailSchema = {
  type: 'object',
  required: ['task', 'form', 'case'],
  properties: {
    task: taskSchema,
    form: { type: ['object', 'null'] },
    case: { anyOf: [caseSchema, { type: 'null' }] },
  },
} as const;

/** POST /tasks/:id/extension (延期申请): the request the dispatcher decides. */
export const extensionRequestSchema = {
  type: 'object',
  required: ['requestId', 'caseId'],
  properties: { requestId: { type: 'string' }, caseId: { type: 'string' } },
} as const;
