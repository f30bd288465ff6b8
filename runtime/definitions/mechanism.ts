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
  clause: string;
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
  /** Whether the SLA clock pauses while waiting for supplementary materials (补充材料). */
  slaPausesForSupplement: boolean;
}
