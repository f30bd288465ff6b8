import { caseSchema } from './cases.js';
import { formResourceSchema } from './definitions.js';
import {
  anyObject,
  arrayOf,
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
  completedBy: nullableString,
  /** The assignee's display name, where the answer lists tasks for a person (the case detail). */
  assigneeName: nullableString,
  /** What the task was completed with (its form data; a 延期审批's decision). */
  result: orNull(anyObject),
  deadlineProvisional: boolean,
});

/** A task as the task routes answer it: with its case's title and working days left. */
export const taskSchema = objectOf([...taskRecordRequired, 'caseTitle', 'caseNumber', 'workingDaysLeft'], {
  ...taskRecordSchema.properties,
  caseTitle: string,
  /** The case's 案件编号. */
  caseNumber: nullableString,
  workingDaysLeft: nullableInteger,
  /** 催办 marker: how often the case was urged while this open task waited, and the last message. */
  urged: orNull(
    objectOf(['count', 'lastAt', 'lastMessage'], { count: integer, lastAt: string, lastMessage: string }),
  ),
  /** 已办: the outcome the completer chose (the form's decision / outcome field), null if none. */
  outcome: nullableString,
  /** The assignee's display name (全部在办 names people, not ids); null when unclaimed. */
  assigneeName: nullableString,
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
/** An extension request (延期申请) of the case with its decision (延期审批), names resolved. */
export const extensionStateSchema = objectOf(
  ['requestId', 'taskId', 'workingDays', 'reason', 'status', 'requestedAt', 'requestedByName'],
  {
    requestId: string,
    taskId: string,
    workingDays: integer,
    reason: string,
    requestedBy: string,
    requestedByName: nullableString,
    requestedAt: string,
    status: { type: 'string', enum: ['pending', 'approved', 'refused'] },
    decidedBy: nullableString,
    decidedByName: nullableString,
    decidedAt: nullableString,
    decisionReason: nullableString,
    deadlineAt: nullableString,
  },
);

/** What the caller may do on the task; the mechanism decides 延期 and the 退回 path. */
export const taskActionsSchema = objectOf(
  ['extension', 'maxExtensionWorkingDays', 'giveBack', 'returnInForm', 'reassign', 'decideExtension'],
  {
    extension: boolean,
    maxExtensionWorkingDays: integer,
    giveBack: boolean,
    returnInForm: boolean,
    reassign: boolean,
    decideExtension: boolean,
  },
);

export const taskDetailSchema = objectOf(
  ['task', 'form', 'case', 'actions', 'extensions', 'assigneeName', 'completedByName'],
  {
    task: taskSchema,
    form: orNull(formResourceSchema),
    case: orNull(caseSchema),
    actions: taskActionsSchema,
    extensions: arrayOf(extensionStateSchema),
    assigneeName: nullableString,
    completedByName: nullableString,
  },
);

/** GET /tasks/:id/assignees (改派): the jurisdiction's staff by name and unit. */
export const assigneeSchema = objectOf(['id', 'name', 'unit'], {
  id,
  name: string,
  unit: nullableString,
});

/** POST /tasks/:id/extension (延期申请): the request the dispatcher decides. */
export const extensionRequestSchema = objectOf(['requestId', 'caseId'], {
  requestId: string,
  caseId: string,
});
