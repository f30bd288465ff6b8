/**
 * The mechanism config of one jurisdiction (`definitions/<id>/mechanism.json`). Everything a
 * policy text fixes — tiers, request classes and deadlines, reminder (催办) policy, evaluation
 * scale, calendar overrides, routing rules — lives here as data, so the studio can change it.
 * Validated by `mechanism.schema.json` (the published JSON Schema of this type).
 */

/** A label in the UI's two languages: Chinese first. */
export interface Label {
  zh: string;
  en: string;
}

export interface PolicySource {
  /** File name under shared/policies. */
  file: string;
  title: string;
  issuedOn: string;
}

export interface CalendarConfig {
  /** Fixed UTC offset of the jurisdiction, minutes (China: 480). */
  utcOffsetMinutes: number;
  /** Local time a working day starts, "HH:MM". Reminders are sent then. */
  dayStartsAt: string;
  /** Local time a deadline falls due on its last working day, "HH:MM" ("24:00" = end of day). */
  dayEndsAt: string;
  /** Extra local holidays (YYYY-MM-DD) on top of the national calendar. */
  extraHolidays: string[];
  /** Extra local working days (YYYY-MM-DD) on top of the national calendar (调休 not yet in the data). */
  extraWorkdays: string[];
}

export interface Channel {
  id: string;
  label: Label;
}

/** A candidate group: who may pick up a user task (BPMN `zeebe:assignmentDefinition candidateGroups`). */
export interface Group {
  id: string;
  label: Label;
  /** The tier this group works at, if any. */
  tier?: string;
}

/** A handling tier, lowest order first (e.g. 企服办 -> 部门会商 -> 领导小组). */
export interface Tier {
  id: string;
  label: Label;
  order: number;
  group: string;
}

/** A request class (诉求类别) with its statutory deadline in working days. */
export interface RequestClass {
  id: string;
  label: Label;
  /** Deadline in working days, counted from the day after receipt. */
  workingDays: number;
  /** The tier that handles this class. */
  tier: string;
  /** Policy clause this class comes from (quoted in the README). */
  clause: string;
}

/** 催办 reminder policy: when a deadline is missed, urge at an interval, escalate after N urgings. */
export interface ReminderPolicy {
  intervalWorkingDays: number;
  maxBeforeEscalation: number;
  /** Tier that receives the case after `maxBeforeEscalation` unanswered urgings. */
  escalateToTier: string;
  clause: string;
}

export interface RatingLevel {
  id: string;
  label: Label;
  /** Counts as satisfied in satisfaction-rate reports. */
  satisfied: boolean;
  /** Rating at this level closes the case. Otherwise it triggers a revisit / reopen. */
  closesCase: boolean;
}

export interface StarDimension {
  id: string;
  label: Label;
}

/** The enterprise's evaluation scale (评价) and its automatic default. */
export interface EvaluationScale {
  levels: RatingLevel[];
  stars: { max: number; dimensions: StarDimension[]; required: boolean };
  /** If the enterprise does not rate within N working days, the case is rated `level` automatically. */
  autoRating: { afterWorkingDays: number; level: string } | null;
  /** How many times a bad rating may reopen a case before it goes to the top tier. */
  maxReopenRounds: number;
  /** 回访: who revisits the enterprise after a rating that does not close the case; null = reopen directly. */
  revisit: { group: string; clause: string } | null;
  clause: string;
}

/** SLA clock mechanics shared by every mechanism, configured per jurisdiction. */
export interface SlaPolicy {
  /** 补充材料: the deadline clock stops while the enterprise supplements, and resumes after. */
  pausesForSupplement: boolean;
  /** 退单审核: the clock stops while the hub reviews a unit's return (退单), and resumes after. */
  pausesForReturnReview: boolean;
  /** 延期: at most this many working days per approved extension … */
  maxExtensionWorkingDays: number;
  /** … and at most this many extensions per case (0 = none). */
  maxExtensions: number;
  /** 预警件: flagged this many working days before the deadline. */
  warnWorkingDaysBefore: number;
}

/** 督办单: a supervision order, a first-class record with its own deadline. */
export interface SupervisionPolicy {
  defaultWorkingDays: number;
  /** Roles that may issue one (e.g. leader, dispatcher). */
  issuerRoles: string[];
  clause: string;
}

/** Service programmes beyond request handling: visits, needs surveys, pairings, policy matching. */
export interface ServicePrograms {
  /** Kinds of logged service visits (送政策, 问需求, 四送五问 …). */
  visitKinds: { id: string; label: Label; clause: string }[];
  /** 问需求: enterprises whose monthly metric drops by at least this share are flagged for a visit. */
  needsSurvey: { metrics: string[]; dropThresholdPercent: number; clause: string } | null;
  /** 结对: staff <-> enterprise pairing rules. */
  pairing: { minEnterprisesPerStaff: number; requireAboveScaleCovered: boolean; clause: string } | null;
  /** 政策计算器: policies an enterprise matches, each a jsonata rule over `{ enterprise }`. */
  policyMatching: { policies: { id: string; title: string; rule: string }[]; clause: string } | null;
  /** 一企一策: jsonata over `{ enterprise }` selecting key enterprises that get a named owner and plan. */
  keyEnterprises: { rule: string; clause: string } | null;
}

/** Routing rules written in jsonata, evaluated over `{ case, data, enterprise }`. */
export interface RoutingRules {
  /** Returns a refusal reason id (不予受理) or null/undefined when the request is admissible. */
  admissibility: string;
  /** Suggests a request class id for the dispatcher. */
  classSuggestion: string;
}

export interface RefusalReason {
  id: string;
  label: Label;
}

export interface Mechanism {
  $schema?: string;
  id: string;
  name: Label;
  policy: PolicySource;
  /** Process id (in processes/*.bpmn) a new case starts. */
  caseProcess: string;
  /** Form key of the enterprise's intake form (forms/<key>.schema.json). */
  intakeForm: string;
  calendar: CalendarConfig;
  channels: Channel[];
  groups: Group[];
  tiers: Tier[];
  requestClasses: RequestClass[];
  reminder: ReminderPolicy;
  evaluation: EvaluationScale;
  routing: RoutingRules;
  refusalReasons: RefusalReason[];
  sla: SlaPolicy;
  supervision: SupervisionPolicy;
  services: ServicePrograms;
}
