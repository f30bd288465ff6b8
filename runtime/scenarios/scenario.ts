/**
 * A scenario (`definitions/<jurisdiction>/scenarios/<name>.scenario.json`): one rule of a policy,
 * proved as data. Actors act on a case while a manual clock moves through working days; the
 * expectations state what the platform must show. Validated by `scenario.schema.json`.
 */
import type { JsonObject } from '../common/json.js';
import type { CataloguePolicy } from '../definitions/mechanism.js';
import type { RuleSource } from '../definitions/rule-source.js';
import type { CaseStatus } from '../store/records.js';
import type { CaseSummary } from '../store/store.js';

export interface Scenario {
  title: string;
  /** Where the rule it proves comes from: a clause quoted exactly from the policy, or a platform default. */
  source: RuleSource;
  /** When the clock starts, ISO with an explicit offset (e.g. `2026-03-09T10:00:00+08:00`). */
  startAt: string;
  /**
   * The runtime does not yet do what the clause requires: the scenario still runs and must fail
   * (reported as TODO); once it passes the test fails, asking for this field to be removed.
   */
  knownIssue?: string;
  actors: Record<string, ScenarioActor>;
  /** Given: policies the jurisdiction's admin added to its catalogue (政策清单) before the steps. */
  catalogue?: CataloguePolicy[];
  /** Given: enterprises of the directory (by id) with their tags (企业标签库). */
  enterprises?: Record<string, { name: string; tags: string[]; scale?: string }>;
  steps: Step[];
}

export interface ScenarioActor {
  groups: string[];
  roles: string[];
  enterpriseId?: string;
  /** Enterprises this staff actor is paired with (结对), seeded into the directory at the start. */
  pairedWith?: string[];
  /** The org unit (承办单位, by name) this staff actor belongs to, seeded into the directory. */
  orgUnit?: string;
}

/** Steps that act on the platform through the case service (and may be expected to fail). */
export interface ActionBodies {
  /** File a request; it becomes the current case (and is remembered under `ref`). */
  submit: { as: string; channel: string; title: string; data: JsonObject; ref?: string };
  /**
   * Complete the single open task of BPMN element `task` on the case; `group` picks one among
   * several (e.g. the iterations of a multi-instance task) by its candidate group.
   */
  complete: { task: string; as: string; data: JsonObject; group?: string; case?: string };
  claim: { task: string; as: string; group?: string; case?: string };
  supplement: { as: string; data: JsonObject; case?: string };
  rate: { as: string; level: string; stars: Record<string, number>; comment?: string; case?: string };
  /** Issue a supervision order (督办单) or a leader instruction (领导批示) on the case. */
  supervise: {
    as: string;
    kind?: 'supervision' | 'leader-instruction';
    instruction: string;
    targetGroup: string;
    workingDays?: number;
    case?: string;
  };
  /** 回访督导 of the case by a revisit group member; it never holds the case open. */
  revisit: {
    as: string;
    level?: string | null;
    implementation: string;
    transfer?: { conduct: string; unit: string; to: string; note: string };
    case?: string;
  };
  /** 送政策: push a catalogue policy to the enterprises that qualify (idempotent). */
  pushPolicy: { as: string; policy: string };
  /** 送达: a paired officer records the 政策告知书's delivery to the enterprise. */
  deliverPolicy: { as: string; policy: string; enterprise: string; way: string; acknowledgedBy: string };
  /** 回执: the enterprise actor confirms it read the policy pushed to it. */
  readPolicy: { as: string; policy: string };
  /** 每月政策收集: staff of the collecting group record a month's collected catalogue policies. */
  collectPolicies: { as: string; month: string; policies: string[]; note?: string };
}

export interface ExpectedTask {
  element: string;
  /** Exactly these candidate groups, in any order. */
  groups?: string[];
  /** The same instant as the task's due date (`null`: no due date). */
  dueAt?: string | null;
}

export interface ExpectedCase {
  status?: CaseStatus;
  requestClass?: string | null;
  tier?: string | null;
  deadlineAt?: string | null;
  outcome?: string | null;
}

export type ExpectedSummary = { [K in keyof CaseSummary]?: CaseSummary[K] };

export interface StepBodies extends ActionBodies {
  /** Move the clock forward, firing every timer at its own due time on the way. */
  advance: { workingDays?: number; hours?: number; to?: string };
  expectTasks: { open: ExpectedTask[]; case?: string };
  expectCase: ExpectedCase & { case?: string };
  /** Timeline events of the case, counted by type. */
  expectEvents: Record<string, number>;
  /** The latest timeline event of `type` carries these data fields (each equal as JSON). */
  expectEvent: { type: string; data: JsonObject; case?: string };
  expectRating: { level: string; auto: boolean; case?: string } | null;
  expectError: { step: ActionStep; code: string };
  /** Figures of `store.cases.summary` for a local month; nested counts are matched key by key. */
  expectSummary: { month: string } & ExpectedSummary;
  /** Figures of the KPI report of a month or a year: the jurisdiction total, or the unit named. */
  expectKpi: { period: string; unit?: string } & ExpectedKpi;
  /**
   * Exactly these 政策告知书 of the policy, one per enterprise, each with the fields given; `visits`:
   * visits of the mechanism's 送政策 kind logged by deliveries.
   */
  expectPolicyNotices: { policy: string; notices: ExpectedNotice[]; visits?: number };
  /** Exactly these months of the current year's collection duty, newest first. */
  expectPolicyCollections: { months: ExpectedCollectionMonth[] };
}

export interface ExpectedCollectionMonth {
  month: string;
  status: 'done' | 'open' | 'missed';
  /** The catalogue policies recorded for the month. */
  policies?: string[];
}

export interface ExpectedNotice {
  enterprise: string;
  officers?: string[];
  deliveryWay?: string | null;
  read?: boolean;
}

export type ExpectedKpi = {
  [
    K in 'received' | 'inProgress' | 'closed' | 'refused' | 'overdue' | 'responded' | 'unrated' | 'urgings'
  ]?: number;
} & {
  [K in 'onTimeRate' | 'avgResponseDays' | 'avgHandlingDays' | 'satisfactionRate']?: number | null;
} & { ratings?: Record<string, number> };

export type ActionKind = keyof ActionBodies;
export type StepKind = keyof StepBodies;

/** One step: an object with exactly one key, its kind. */
export type Step = { [K in StepKind]: { [P in K]: StepBodies[P] } }[StepKind];
export type ActionStep = { [K in ActionKind]: { [P in K]: ActionBodies[P] } }[ActionKind];

export const actionKinds: readonly ActionKind[] = [
  'submit',
  'complete',
  'claim',
  'supplement',
  'rate',
  'supervise',
  'revisit',
  'pushPolicy',
  'deliverPolicy',
  'readPolicy',
  'collectPolicies',
];

/** The kind of a step (its only key). */
export function stepKind<S extends Step>(step: S): Extract<keyof S, StepKind> {
  return Object.keys(step)[0] as Extract<keyof S, StepKind>;
}

/** The body of a step of a known kind. */
export function stepBody<K extends StepKind>(step: Step, kind: K): StepBodies[K] {
  return (step as unknown as Record<K, StepBodies[K]>)[kind];
}
