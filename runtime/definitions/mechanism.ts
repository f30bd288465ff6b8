/**
 * The mechanism config of one jurisdiction (`definitions/<id>/mechanism.json`). Everything a
 * policy text fixes — tiers, request classes and deadlines, reminder (催办) policy, evaluation
 * scale, calendar overrides, routing rules — lives here as data, so the studio can change it.
 * Every rule says where it comes from (`source`, see `RuleSource`).
 * Validated by `mechanism.schema.json` (the published JSON Schema of this type).
 */
import type { RuleSource } from './rule-source.js';

export type { RuleSource } from './rule-source.js';

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
  source: RuleSource;
}

/** A candidate group: who may pick up a user task (BPMN `zeebe:assignmentDefinition candidateGroups`). */
export interface Group {
  id: string;
  label: Label;
  /** The directory org unit (名录单位) this group stands for, if any. */
  orgUnit?: string;
  /** The tier this group works at, if any. */
  tier?: string;
  source: RuleSource;
}

/** A handling tier, lowest order first (e.g. 企服办 -> 部门会商 -> 领导小组). */
export interface Tier {
  id: string;
  label: Label;
  order: number;
  group: string;
  source: RuleSource;
}

/** A request class (诉求类别) with its handling time limit (办理时限) in working days, if any. */
export interface RequestClass {
  id: string;
  label: Label;
  /**
   * Handling limit in working days, counted from the day after the clock starts (receipt, or the
   * step that restarts it); null: the class has no limit — no deadline, no countdown, never 超期.
   */
  workingDays: number | null;
  /** How the text words the expected speed when there is no limit (e.g. 第一时间、及时高效响应). */
  limitWording?: string;
  /** The tier that handles this class. */
  tier: string;
  source: RuleSource;
  /** Where the limit comes from when not from `source` (e.g. a platform default). */
  sources?: { workingDays?: RuleSource };
}

/** 催办 reminder policy: when a deadline is missed, urge at an interval, escalate after N urgings. */
export interface ReminderPolicy {
  intervalWorkingDays: number;
  maxBeforeEscalation: number;
  /** Tier that receives the case after `maxBeforeEscalation` unanswered urgings; null: urging stops then. */
  escalateToTier: string | null;
  /** Tiers whose cases are urged (e.g. 第十一条: those a department must help solve); absent: every tier. */
  tiers?: string[];
  /** 催办 by hand: urgings of one task per Beijing day; absent: the platform default (runtime/cases/urging.ts). */
  manualPerTaskPerDay?: number;
  source: RuleSource;
}

/** What a rating level counts as: 满意 (in 满意率), neither (e.g. 一般), or 不满意 (a 不满意件). */
export type RatingStanding = 'satisfied' | 'neutral' | 'unsatisfied';

export interface RatingLevel {
  id: string;
  label: Label;
  /** What a rating at this level counts as in every KPI and list (runtime/definitions/rating-scale.ts). */
  standing: RatingStanding;
  /** Rating at this level closes the case. Otherwise it triggers a revisit / reopen. */
  closesCase: boolean;
}

export interface StarDimension {
  id: string;
  label: Label;
}

/** The enterprise's evaluation scale (评价) and what happens when it does not rate. */
export interface EvaluationScale {
  levels: RatingLevel[];
  stars: { max: number; dimensions: StarDimension[]; required: boolean };
  /** If the enterprise does not rate within N working days, the case is rated `level` automatically. */
  autoRating: { afterWorkingDays: number; level: string; source: RuleSource } | null;
  /**
   * Without an automatic rating: after N working days without a rating the case closes as 未评价
   * (unrated) — no level is recorded, it is left out of 满意率 and counted on its own.
   */
  unrated: { afterWorkingDays: number; source: RuleSource } | null;
  /** How many times a bad rating may reopen a case before it goes to the top tier. */
  maxReopenRounds: number;
  /** 回访: who revisits the enterprise after a rating that does not close the case; null = reopen directly. */
  revisit: { group: string; source: RuleSource } | null;
  /** The scale (levels, stars). */
  source: RuleSource;
  sources?: { maxReopenRounds?: RuleSource; stars?: RuleSource };
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
  source: RuleSource;
  sources?: Partial<Record<Exclude<keyof SlaPolicy, 'source' | 'sources'>, RuleSource>>;
}

/**
 * The platform roles that may supervise (the HTTP action `case.supervise`); a mechanism's
 * `supervision.issuerRoles` must name some of these, or nobody could issue its orders.
 */
export const supervisingRoles: readonly string[] = ['dispatcher', 'leader', 'coordinator'];

/** 督办单: a supervision order, a first-class record with its own deadline. */
export interface SupervisionPolicy {
  defaultWorkingDays: number;
  /** Platform roles that may issue one (e.g. leader, dispatcher, coordinator). */
  issuerRoles: string[];
  /**
   * 回访督导: staff of these groups revisit cases (satisfaction, 落实机制情况) as sampled supervision
   * that never holds a case open, and hand 推诿扯皮 / 不担当不作为 over (移交); null or absent: none.
   */
  revisits?: { groups: string[]; source: RuleSource } | null;
  source: RuleSource;
  sources?: { defaultWorkingDays?: RuleSource; issuerRoles?: RuleSource };
}

/** Service programmes beyond request handling: visits, needs surveys, pairings, policy matching. */
export interface ServicePrograms {
  /** Kinds of logged service visits (送政策, 问需求, 四送五问 …). */
  visitKinds: { id: string; label: Label; source: RuleSource }[];
  /** 问需求: enterprises whose monthly metric drops by at least this share are flagged for a visit. */
  needsSurvey: {
    metrics: string[];
    dropThresholdPercent: number;
    source: RuleSource;
    sources?: { dropThresholdPercent?: RuleSource };
  } | null;
  /** 结对: staff <-> enterprise pairing rules. */
  pairing: {
    minEnterprisesPerStaff: number;
    requireAboveScaleCovered: boolean;
    source: RuleSource;
    sources?: { minEnterprisesPerStaff?: RuleSource; requireAboveScaleCovered?: RuleSource };
  } | null;
  /** 政策计算器: policies an enterprise matches, each a jsonata rule over `{ enterprise }`. */
  policyMatching: {
    policies: CataloguePolicy[];
    source: RuleSource;
  } | null;
  /** 一企一策: jsonata over `{ enterprise }` selecting key enterprises that get a named owner and plan. */
  keyEnterprises: { rule: string; source: RuleSource } | null;
  /**
   * 送政策 / 政策告知书 / 惠企政策直达: a catalogue policy is pushed to the enterprises that qualify;
   * their paired officers (包联) record its delivery, the enterprise confirms reading it (回执).
   * A recorded delivery is also logged as a visit of `visitKind` (null: not logged as a visit).
   */
  policyPush?: { visitKind: string | null; source: RuleSource } | null;
  /**
   * 每月收集整理企业服务政策: each month staff of `group` record the policies they collected into the
   * catalogue (or that none was new); a month not recorded by its end is 未完成. null or absent: none.
   */
  policyCollection?: { group: string; source: RuleSource } | null;
}

/**
 * One policy of the jurisdiction's catalogue (政策清单 / 政策计算器). It reaches an enterprise while it
 * is valid (issuedOn ≤ today ≤ validUntil, local dates) and when the enterprise carries one of its
 * `tags` (the 企业标签库) and its `rule` holds — each only when given.
 */
export interface CataloguePolicy {
  id: string;
  title: string;
  /** 发文单位 */
  issuer?: string;
  /** 发布日期, `YYYY-MM-DD` */
  issuedOn?: string;
  /** 有效期至 (inclusive), `YYYY-MM-DD`; absent: until withdrawn */
  validUntil?: string;
  /** Enterprise tags any of which qualifies (政策和企业标签库). */
  tags?: string[];
  /** The policy's own words (摘要), and/or where to read it. */
  text?: string;
  link?: string;
  /** jsonata over `{ enterprise }` returning true when the enterprise qualifies. */
  rule?: string;
  source: RuleSource;
}

/** Routing rules written in jsonata, evaluated over `{ case, data, enterprise }`. */
export interface RoutingRules {
  /** Returns a refusal reason id (不予受理) or null/undefined when the request is admissible. */
  admissibility: string;
  /** Suggests a request class id for the dispatcher. */
  classSuggestion: string;
  source: RuleSource;
  sources?: { admissibility?: RuleSource; classSuggestion?: RuleSource };
}

export interface RefusalReason {
  id: string;
  label: Label;
  source: RuleSource;
}

export interface Mechanism {
  $schema?: string;
  id: string;
  name: Label;
  policy: PolicySource;
  /** Process id (in processes/*.bpmn) a new case starts. */
  caseProcess: string;
  /**
   * 案件编号 prefix (`JXKF` in `JXKF-2026-000123`): 2–8 capital letters or digits. Absent: the
   * platform default derived from the jurisdiction id (`caseNumberPrefixOf`).
   */
  caseNumberPrefix?: string;
  /** Form key of the enterprise's intake form (forms/<key>.schema.json). */
  intakeForm: string;
  /** The calendar is read by `runtime/calendar` without its source. */
  calendar: CalendarConfig & { source: RuleSource };
  channels: Channel[];
  groups: Group[];
  tiers: Tier[];
  requestClasses: RequestClass[];
  /** 催办; null: the mechanism does not urge (no process may call the shared reminder loop). */
  reminder: ReminderPolicy | null;
  evaluation: EvaluationScale;
  routing: RoutingRules;
  refusalReasons: RefusalReason[];
  sla: SlaPolicy;
  supervision: SupervisionPolicy;
  services: ServicePrograms;
}
