/**
 * The evaluation protocol between the platform and its expression workers: what an expression
 * item is, what comes back, and the shared-memory slots a worker reports progress in.
 */
import type { MessagePort } from 'node:worker_threads';
import type { JsonObject, JsonValue } from '../common/json.js';

/** The two expression languages admins write: FEEL (BPMN, without Zeebe's `=`) and JSONata (rules). */
export type ExpressionLanguage = 'feel' | 'jsonata';

export interface ExpressionItem {
  language: ExpressionLanguage;
  expression: string;
  input: JsonObject;
}

/** An evaluated item: its JSON value, or the syntax/runtime error the expression raised. */
export type EvaluationOutcome = { ok: true; value: JsonValue } | { ok: false; error: string };

/** An item stopped for exceeding its budget (time, or the worker's heap). */
export interface BudgetOutcome {
  ok: false;
  exceeded: 'time' | 'memory';
  error: string;
  /** Not run: the expression exceeded its budget recently and is in quarantine (quarantine.ts). */
  quarantined?: boolean;
}

export type ItemOutcome = EvaluationOutcome | BudgetOutcome;

export function exceeded(outcome: ItemOutcome): outcome is BudgetOutcome {
  return !outcome.ok && 'exceeded' in outcome;
}

/** A batch sent to a worker; `sync` answers on the synchronous port instead of `parentPort`. */
export interface BatchRequest {
  id: number;
  tenant: string;
  items: ExpressionItem[];
}

export interface BatchResponse {
  id: number;
  outcomes: EvaluationOutcome[];
}

/**
 * Int32 slots of a worker's shared buffer: `done` is raised (and notified) when a synchronous
 * batch answered — 1 — or the worker is ending because its host process died — 2; `ready` once
 * the worker and its host loaded; `item` is the index being evaluated; `pid` the host process
 * (so the platform can kill it without waiting for the worker); `memory` is 1 when the host died
 * of its heap limit. A Float64 at `startedAtByte` holds when that item started (ms since epoch).
 */
export const slot = { done: 0, ready: 1, item: 2, pid: 3, memory: 6 } as const;
export const startedAtByte = 16;
export const sharedBytes = 32;

/** What a worker receives at start. */
export interface WorkerData {
  shared: SharedArrayBuffer;
  /** Old-generation heap of the host process the worker evaluates in (the budget's memoryMb). */
  memoryMb: number;
  /** Set for the synchronous lane: answers go here, then `done` is notified. */
  syncPort?: MessagePort;
}
