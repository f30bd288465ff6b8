// Shapes of the server's JSON API (/api/v1), derived from the server's own schemas
// (runtime/contract): a renamed or retyped response field breaks the studio's typecheck.
import type { FromSchema } from 'json-schema-to-ts';
import type {
  demoUserSchema,
  loginSchema,
  meSchema,
  ssoInfoSchema,
  ssoStartSchema,
} from '../../../runtime/contract/auth';
import type { activationInfoSchema } from '../../../runtime/contract/accounts';
import type { caseDetailSchema } from '../../../runtime/contract/case-detail';
import type {
  caseEventSchema,
  caseSchema,
  newCaseSchema,
  newRatingSchema,
  ratingSchema,
} from '../../../runtime/contract/cases';
import type {
  anyObject,
  errorSchema,
  labelSchema,
  pageOf,
  problemSchema,
} from '../../../runtime/contract/common';
import type {
  definitionSchema,
  formResourceSchema,
  jurisdictionSchema,
  newJurisdictionSchema,
  publishResultSchema,
} from '../../../runtime/contract/definitions';
import type { userSchema } from '../../../runtime/contract/directory';
import type { monthlyReportSchema } from '../../../runtime/contract/reports';
import type {
  taskDetailSchema,
  assigneeSchema,
  taskListQuerySchema,
  taskPageSchema,
  taskSchema,
  taskViews,
} from '../../../runtime/contract/tasks';
import type { JsonSchema, UiSchema } from '../forms/form-types';

export type { JsonSchema, UiSchema };

/** A derived type without the `[x: string]: unknown` a schema open to more fields gives it. */
export type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** A bilingual label as definitions carry it. */
export type Label = FromSchema<typeof labelSchema>;

export type User = FromSchema<typeof userSchema>;
export type LoginResult = FromSchema<typeof loginSchema>;
/** GET /me: the user, and whether the session may only change the password. */
export type Me = FromSchema<typeof meSchema>;
export type SsoInfo = FromSchema<typeof ssoInfoSchema>;
export type SsoStart = FromSchema<typeof ssoStartSchema>;
export type ActivationInfo = FromSchema<typeof activationInfoSchema>;
export type DemoUser = FromSchema<typeof demoUserSchema>;
export type Jurisdiction = FromSchema<typeof jurisdictionSchema>;

/** GET …/definition: the current published mechanism (the parts the studio reads). */
export type Definition = FromSchema<typeof definitionSchema>;
export type Mechanism = Definition['mechanism'];
export type Channel = Mechanism['channels'][number];
export type RequestClass = Mechanism['requestClasses'][number];
export type Tier = Mechanism['tiers'][number];
export type Evaluation = Mechanism['evaluation'];
export type RatingLevel = Evaluation['levels'][number];

/** A form of a definition: the schemas typed as the form renderer reads them. */
export type FormResource = Omit<Known<FromSchema<typeof formResourceSchema>>, 'schema' | 'ui'> & {
  schema: JsonSchema;
  ui: UiSchema;
};

/** A request (诉求). */
export type Case = FromSchema<typeof caseSchema>;
export type CaseStatus = Case['status'];
export type TimelineEvent = FromSchema<typeof caseEventSchema>;
export type Rating = FromSchema<typeof ratingSchema>;
export type CaseDetail = FromSchema<typeof caseDetailSchema>;
/** A task as the case detail lists it (without its case's title). */
export type CaseTask = CaseDetail['tasks'][number];

/** A task (待办). */
export type Task = FromSchema<typeof taskSchema>;
export type TaskStatus = Task['status'];
/** A task list view: the counted scopes, 已办 and the hub's 全部在办. */
export type TaskScope = (typeof taskViews)[number];
/** GET /tasks: a page of tasks and every scope's open count. */
export type TaskPage = FromSchema<typeof taskPageSchema>;
/** 改派 picker entry: a staff member by name and unit. */
export type Assignee = FromSchema<typeof assigneeSchema>;
/** An extension request (延期申请) and its decision (延期审批). */
export type ExtensionState = TaskDetail['extensions'][number];
/** GET /tasks/:id: the task, its form and its case. */
export type TaskDetail = Omit<Known<FromSchema<typeof taskDetailSchema>>, 'form'> & {
  form: FormResource | null;
};

type PagingFields = 'dueWithinWorkingDays' | 'limit' | 'offset';
/** GET /tasks: a scope, filters, sorting and paging (numbers here, query strings on the wire). */
export type TaskListQuery = Omit<Known<FromSchema<typeof taskListQuerySchema>>, PagingFields | 'scope'> & {
  scope: TaskScope;
} & { [K in PagingFields]?: number };

/** A page of a list. */
export type Page<T> = Omit<Known<FromSchema<ReturnType<typeof pageOf<typeof anyObject>>>>, 'items'> & {
  items: T[];
};

export type NewCase = FromSchema<typeof newCaseSchema>;
export type NewRating = FromSchema<typeof newRatingSchema>;

export type MonthlyReport = FromSchema<typeof monthlyReportSchema>;

export type ErrorDetail = FromSchema<typeof problemSchema>;
export type ErrorBody = FromSchema<typeof errorSchema>;

/** POST /jurisdictions: 新建辖区 from a template. */
export type NewJurisdiction = FromSchema<typeof newJurisdictionSchema>;
/** The version a new or imported jurisdiction was published as. */
export type PublishResult = FromSchema<typeof publishResultSchema>;
