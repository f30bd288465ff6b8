/**
 * The budget every admin-written expression runs under (platform default, README "Configuration
 * reference"): wall time per expression and heap of the worker that evaluates it.
 */
import { ExpressionBudgetError } from '../common/errors.js';
import type { BudgetOutcome } from './expression-protocol.js';

export interface ExpressionBudget {
  /** EXPRESSION_BUDGET_MS — wall time one expression may take before its worker is stopped. */
  timeMs: number;
  /** EXPRESSION_MEMORY_MB — old-generation heap of each evaluation worker. */
  memoryMb: number;
  /** Evaluation workers for asynchronous work (rules, dry runs); one tenant uses at most all but one. */
  workers: number;
  /** QUARANTINE_SECONDS (in ms here) — how long an expression that exceeded its budget is not run again. */
  quarantineMs: number;
  /**
   * `workers` (always, in production); `none` evaluates in-process without any budget — only for
   * measuring what isolation costs (bench/bounded-eval.ts).
   */
  isolation: 'workers' | 'none';
  /** Expressions of the proven-bounded fragments run in-process (true; false only to measure the workers). */
  provenInProcess: boolean;
}

export const defaultBudget: ExpressionBudget = {
  timeMs: 200,
  memoryMb: 64,
  workers: 2,
  quarantineMs: 300_000,
  isolation: 'workers',
  provenInProcess: true,
};

/** The located, Chinese refusal of an expression that exceeded its budget. */
export function budgetError(
  budget: ExpressionBudget,
  outcome: BudgetOutcome,
  what: string,
  path = '',
): ExpressionBudgetError {
  const limit = outcome.exceeded === 'memory' ? `内存 ${budget.memoryMb} MB` : `${budget.timeMs} 毫秒`;
  const minutes = Math.max(1, Math.round(budget.quarantineMs / 60_000));
  const held = outcome.quarantined ? `（隔离中：近期已超出预算，${minutes} 分钟内不再执行）` : '';
  const reason = `${what}超出运行预算（${limit}），已被终止${held}`;
  return new ExpressionBudgetError(`expression_budget_exceeded：${reason}`, [{ path, reason }]);
}
