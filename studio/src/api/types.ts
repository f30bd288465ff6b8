// Shapes of the server's JSON API (/api/v1). The studio knows the server only through these.
import type { FromSchema } from 'json-schema-to-ts';
import type { caseSchema } from '../../../runtime/contract/cases';
import type { taskPageSchema, taskSchema } from '../../../runtime/contract/tasks';
import type { JsonSchema, UiSchema } from '../forms/form-types';

export type { JsonSchema, UiSchema };

/** A bilingual label as definitions carry it. */
export interface Label {
  zh: string;
  en?: string;
}

export interface User {
  id: string;
  /** Returned by login; GET /me may omit it. */
  username?: string;
  displayName: string;
  roles: string[];
  groups: string[];
  jurisdiction: string | null;
  enterpriseId: string | null;
}

export interface LoginResult {
  token: string;
  user: User;
}

export interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  roles: string[];
  jurisdiction: string | null;
}

export interface Jurisdiction {
  id: string;
  name: Label;
  version: number;
}

export interface Channel {
  id: string;
  label: Label;
}

export interface RequestClass {
  id: string;
  label: Label;
  /** null: no handling limit; `limitWording` says how the policy words the expected speed. */
  workingDays: number | null;
  limitWording?: string;
  tier: string;
}

export interface Tier {
  id: string;
  label: Label;
  order: number;
  group: string;
}

export interface RatingLevel {
  id: string;
  label: Label;
  standing: 'satisfied' | 'neutral' | 'unsatisfied';
  closesCase: boolean;
}

export interface Evaluation {
  levels: RatingLevel[];
  stars: { max: number; dimensions: { id: string; label: Label }[]; required: boolean };
  autoRating?: { afterWorkingDays: number; level: string } | null;
}

export interface Mechanism {
  name: Label;
  channels: Channel[];
  requestClasses: RequestClass[];
  tiers: Tier[];
  evaluation: Evaluation;
  intakeForm: string;
  refusalReasons?: { id: string; label: Label }[];
  services?: {
    /** 政策清单: the catalogue policies. */
    policyMatching?: { policies: CataloguePolicy[] } | null;
    /** 送政策 / 政策告知书: present when the mechanism pushes policies. */
    policyPush?: { visitKind: string | null } | null;
  };
}

export interface CataloguePolicy {
  id: string;
  title: string;
  issuer?: string;
  issuedOn?: string;
  validUntil?: string;
}

export interface Definition {
  jurisdiction: string;
  version: number;
  mechanism: Mechanism;
  forms: string[];
}

/** A form of a definition: JSON Schema (draft-07) plus UI hints. */
export interface FormResource {
  key: string;
  schema: JsonSchema;
  ui: UiSchema;
}

export type CaseStatus = 'open' | 'closed' | 'refused';

/** A request (诉求): derived from the server's schema (runtime/contract/cases.ts). */
export type Case = FromSchema<typeof caseSchema>;

export interface TimelineEvent {
  id: string;
  at: string;
  actor: string;
  /** Who acted, by name (null for the system or a user no longer in the directory). */
  actorName?: string | null;
  type: string;
  data: Record<string, unknown>;
}

export interface Rating {
  level: string;
  stars: Record<string, number>;
  comment: string | null;
  auto: boolean;
  at: string;
}

export type TaskStatus = 'open' | 'completed' | 'cancelled';
export type TaskScope = 'mine' | 'group' | 'unassigned' | 'overdue';

/** A task (待办): derived from the server's schema (runtime/contract/tasks.ts). */
export type Task = FromSchema<typeof taskSchema>;

export interface Page<T> {
  items: T[];
  total: number;
}

/** GET /tasks: a scope, filters, sorting and paging (the page carries every scope's open count). */
export interface TaskListQuery {
  scope: TaskScope;
  status?: TaskStatus;
  dueWithinWorkingDays?: number;
  requestClass?: string;
  sort?: 'due' | 'created' | '-created';
  limit?: number;
  offset?: number;
}

/** GET /tasks: a page of tasks and every scope's open count. */
export type TaskPage = FromSchema<typeof taskPageSchema>;

export interface CaseDetail {
  case: Case;
  timeline: TimelineEvent[];
  tasks: Task[];
  rating: Rating | null;
  workingDaysLeft: number | null;
}

export interface TaskDetail {
  task: Task;
  form: FormResource | null;
  case: Case;
}

export interface NewCase {
  channel: string;
  title: string;
  data: Record<string, unknown>;
  enterpriseId?: string | null;
}

export interface NewRating {
  level: string;
  stars: Record<string, number>;
  comment?: string;
}

export interface MonthlyReport {
  month: string;
  received: number;
  open: number;
  closed: number;
  refused: number;
  byClass: Record<string, number>;
  closedOnTime: number;
  closedLate: number;
  overdueOpen: number;
  ratings: Record<string, number>;
  urgings: number;
  escalations: number;
  satisfactionRate: number | null;
}

export interface ErrorDetail {
  path: string;
  reason: string;
}

export interface ErrorBody {
  error: { code: string; message: string; details?: ErrorDetail[] };
}
