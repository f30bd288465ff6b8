import type { JsonObject } from '../common/json.js';
import type { Mutation } from '../store/mutations.js';
import type { JobOutcome, JobWorker } from './job-worker.js';

export type Variables = JsonObject;

/** One BPMN process the engine deploys: a definition's `processes/<name>.bpmn`. */
export interface ProcessResource {
  name: string;
  xml: string;
}

export interface DeployedProcess {
  processKey: string;
  processId: string;
  version: number;
}

export interface StartRequest {
  /** The bundle's namespace (`bundleNamespace`): the process of exactly that deployment starts. */
  namespace?: string;
  processId: string;
  /** The case id; user tasks and jobs carry it. */
  businessKey: string;
  /** Starts at most one instance per key (default: the business key). */
  idempotencyKey?: string;
  variables: Variables;
  /** Written atomically with the instance being accepted (e.g. the case row and its first event). */
  effects?: Mutation[];
}

export interface MessageRequest {
  name: string;
  correlationKey: string;
  variables?: Variables;
  /** Buffer an uncorrelated message this long (Zeebe semantics). 0 = drop if nobody waits. */
  ttlMs?: number;
  effects?: Mutation[];
}

/** A user task as the engine surfaces it; the runtime's projector turns it into an inbox task. */
export interface UserTaskCreated {
  taskId: string;
  instanceKey: string;
  businessKey: string;
  elementId: string;
  name: string;
  formKey: string | null;
  candidateGroups: string[];
  assignee: string | null;
  dueDate: string | null;
  variables: Variables;
}

export type EngineEvent =
  | { type: 'userTask.created'; task: UserTaskCreated }
  | { type: 'userTask.cancelled'; taskId: string; businessKey: string }
  | {
      type: 'instance.completed';
      instanceKey: string;
      businessKey: string;
      variables: Variables;
      /** False for a call activity's child instance. */
      root: boolean;
    }
  | {
      type: 'incident';
      /** Names the incident for `retryIncident` (the embedded adapter: the failed job's key). */
      incidentKey: string;
      /** The failed job, or null for an incident not raised by a job (nothing to retry). */
      jobKey: string | null;
      instanceKey: string;
      businessKey: string;
      elementId: string;
      message: string;
    };

/** An incident as the admin retries it (from its `incident` case event). */
export interface IncidentRef {
  incidentKey: string;
  jobKey: string | null;
}

/** Migration: an active element of the source moves to this element of the target (default: same id). */
export interface ElementMapping {
  from: string;
  to: string;
}

/** Move one running instance onto another deployed process (typically the same process, another version). */
export interface MigrationRequest {
  instanceKey: string;
  /** The target: a process of the target version's namespace. */
  namespace?: string;
  processId: string;
  mappings?: ElementMapping[];
  /** Fields of the target's forms by form key: what a user task's completion provides. */
  formFields?: Record<string, string[]>;
  /** Set on the instance with the move (e.g. the definition version the case now runs). */
  variables?: Variables;
  /** Committed atomically with the migration (the case's version, its timeline entry). */
  effects?: Mutation[];
}

/**
 * Why an active element cannot move. Codes: `missing_in_target`, `mapping_unknown`, `type_changed`,
 * `scope_changed`, `multi_instance_changed`, `event_subprocess`, `attachment_changed`,
 * `boundary_added`, `called_process_changed`, `variable_missing`, `unsupported` (by this engine),
 * `not_active` (the instance has ended), `state_not_recoverable`.
 */
export interface MigrationProblem {
  elementId: string;
  code: string;
  reason: string;
}

/** A dry run: what is active now and what stops it from moving (nothing: it can move). */
export interface MigrationCheck {
  activeElements: { elementId: string; name: string }[];
  problems: MigrationProblem[];
}

/** Turns engine events into store writes committed with the engine step that produced them. */
export interface EngineProjector {
  project(event: EngineEvent): Promise<Mutation[]>;
}

/**
 * The process engine port. Adapters: `EmbeddedEngine` (bpmn-engine in-process, state in the Store),
 * `TemporalEngine` (the embedded interpreter stepped by Temporal workflows: durable timers, retries,
 * failover across replicas) and `ZeebeEngine` (@camunda8/sdk). The same Zeebe-dialect BPMN runs on both.
 */
export interface Engine {
  /**
   * Deploy a bundle's processes under `namespace` (`process-namespace.ts`): ids are namespaced,
   * call activities resolve within the namespace. Deploying identical content again is a no-op.
   */
  deploy(resources: ProcessResource[], namespace?: string): Promise<DeployedProcess[]>;
  start(request: StartRequest): Promise<{ instanceKey: string }>;
  completeUserTask(taskId: string, variables: Variables, effects?: Mutation[]): Promise<void>;
  /** Returns true when the message was correlated to a waiting instance. */
  publishMessage(request: MessageRequest): Promise<boolean>;
  /**
   * Give an incident's failed job another attempt (once the cause is fixed) and mark the incident
   * resolved; `effects` commit with it. ConflictError `incident_not_open` when it is not open.
   */
  retryIncident(incident: IncidentRef, effects?: Mutation[]): Promise<void>;
  /**
   * The case's working-day calendar changed (a 国务院办公厅 notice entered, a local override
   * published): set the SLA `variables` (e.g. deadlineAt, warnAt, firstReminderAt) on the case's live
   * instances that hold them and move the timers armed from their old values; `effects` (the case,
   * its tasks, the timeline entry) commit with it. Zeebe cannot move an armed timer: there only the
   * effects commit (see README, Zeebe adapter limits).
   */
  rescheduleCase(businessKey: string, variables: Variables, effects?: Mutation[]): Promise<void>;
  /** Dry run of `migrate`: nothing is written. */
  planMigration(request: MigrationRequest): Promise<MigrationCheck>;
  /**
   * Move the instance (one store transaction, with `effects`): its state onto the target process
   * with mapped element ids, its tasks, jobs, timers and subscriptions re-keyed. ConflictError
   * `migration_refused` (details: the problems) when the dry run finds any; nothing is written then.
   */
  migrate(request: MigrationRequest): Promise<MigrationCheck>;
  registerWorker(worker: JobWorker): void;
  /** Fire due timers and run runnable jobs once; returns how many were processed. */
  runDue(): Promise<number>;
  /** Start background polling of timers and jobs. */
  startPolling(intervalMs?: number): void;
  close(): Promise<void>;
}

/** What stepping a root instance's due work (its called children's too) did, and what comes next. */
export interface InstanceDue {
  /** Instances stepped (timers fired, jobs run). */
  processed: number;
  /** The earliest armed timer or pending job of the live instances; null: nothing armed. */
  nextDueAt: string | null;
  /** False once the root instance has ended (nothing of it will ever fall due). */
  active: boolean;
}

/** What one command's commits armed in one call-activity tree: `withDueReports`' report. */
export interface ArmedDue {
  /** The root instance; null when the committed instance's record does not name it (`rootInstanceKey`). */
  rootKey: string | null;
  /** An instance of the tree the command committed. */
  instanceKey: string;
  /** The earliest timer or runnable job the command's commits left armed in the tree; null: none. */
  armedAt: string | null;
  /** The root instance ended in the command. */
  ended: boolean;
}

/**
 * An engine that can step one root instance's due work on demand: what a scale-out engine owning
 * the durable timers (the Temporal adapter) drives. The embedded adapter is one.
 */
export interface InstanceSteppingEngine extends Engine {
  /** The root of the instance's call-activity tree (itself when not called); null if unknown. */
  rootInstanceKey(instanceKey: string): Promise<string | null>;
  runInstanceDue(rootKey: string): Promise<InstanceDue>;
  /**
   * Runs a command of this engine (start, completeUserTask, …), then hands `report` what its commits
   * armed, per tree, folded from the writes themselves — no reads — also when it failed part-way.
   */
  withDueReports<T>(command: () => Promise<T>, report: (due: ArmedDue[]) => void): Promise<T>;
}

export type { JobOutcome, JobWorker };
