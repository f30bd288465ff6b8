import { caseSchema } from './cases.js';
import { formResourceSchema } from './definitions.js';
import {
  boolean,
  id,
  integer,
  nullableInteger,
  nullableString,
  objectOf,
  orNull,
  pageOf,
  pagingQuery,
  string,
  strings,
} from './common.js';

const taskRecordRequired = [
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
] as const;

/** A task (待办) as stored: the case detail lists its case's tasks so. */
export const taskRecordSchema = objectOf(taskRecordRequired, {
  id,
  caseId: id,
  jurisdiction: id,
  elementId: string,
  name: string,
  formKey: nullableString,
  candidateGroups: strings,
  assignee: nullableString,
  status: { type: 'string', enum: ['open', 'completed', 'cancelled'] },
  createdAt: string,
  dueAt: nullableString,
  completedAt: nullableString,
  deadlineProvisional: boolean,
});

/** A task as the task routes answer it: with its case's title and working days left. */
export const taskSchema = objectOf([...taskRecordRequired, 'caseTitle', 'caseNumber', 'workingDaysLeft'], {
  ...taskRecordSchema.properties,
  caseTitle: string,
  /** The case's 案件编号. */
  caseNumber: nullableString,
  workingDaysLeft: nullableInteger,
  /** 已办: the outcome the completer chose (the form's decision / outcome field), null if none. */
  outcome: nullableString,
});

export const taskScopes = ['mine', 'group', 'unassigned', 'overdue'] as const;
/** Beyond the counted scopes: 已办 (tasks I completed, latest first) and the hub's every open task (全部在办). */
export const taskViews = [...taskScopes, 'done', 'all'] as const;

/** GET /tasks: a scope, filters, sorting and paging. */
export const taskListQuerySchema = {
  type: 'object',
  properties: {
    scope: { type: 'string', enum: taskViews },
    status: { type: 'string', enum: taskRecordSchema.properties.status.enum },
    dueWithinWorkingDays: { type: 'string', pattern: '^[0-9]{1,2}$' },
    requestClass: { type: 'string', maxLength: 64 },
    tier: { type: 'string', maxLength: 64 },
    channel: { type: 'string', maxLength: 64 },
    enterpriseId: { type: 'string', maxLength: 100 },
    sort: { type: 'string', enum: ['due', 'created', '-created'] },
    ...pagingQuery,
  },
} as const;

/** GET /tasks: a page of tasks and the open count of every scope. */
export const taskPageSchema = objectOf(['items', 'total', 'counts'], {
  ...pageOf(taskSchema).properties,
  counts: objectOf(taskScopes, { mine: integer, group: integer, unassigned: integer, overdue: integer }),
});

/** GET /tasks/:id: the task, its form (JSON Schema + UI schema) and its case. */
export const taskDetailSchema = objectOf(['task', 'form', 'case'], {
  task: taskSchema,
  form: orNull(formResourceSchema),
  case: orNull(caseSchema),
});

/** POST /tasks/:id/extension (延期申请): the request the dispatcher decides. */
export const extensionRequestSchema = objectOf(['requestId', 'caseId'], {
  requestId: string,
  caseId: string,
});
