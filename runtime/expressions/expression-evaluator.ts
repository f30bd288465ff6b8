/**
 * The one evaluator of admin-written expressions (FEEL in BPMN, JSONata rules): every item runs
 * under the process's `ExpressionBudget` on evaluation workers — asynchronously on the pool, or
 * synchronously (FEEL inside an engine step) on a dedicated lane. `isolation: 'none'` evaluates
 * in-process without a budget, only to measure what isolation costs.
 */
import { evaluateFeelText, evaluateItem } from './expression-eval.mjs';
import { AsyncLane } from './async-lane.js';
import { defaultBudget, type ExpressionBudget } from './expression-budget.js';
import type { ExpressionItem, ItemOutcome } from './expression-protocol.js';
import { SyncLane } from './sync-lane.js';

export class ExpressionEvaluator {
  readonly #async: AsyncLane;
  readonly #sync: SyncLane;

  constructor(readonly budget: ExpressionBudget = defaultBudget) {
    this.#async = new AsyncLane(budget);
    this.#sync = new SyncLane(budget);
  }

  /** Evaluates a batch for a tenant; each item gets its own budget; outcomes in item order. */
  evaluate(tenant: string, items: ExpressionItem[]): Promise<ItemOutcome[]> {
    if (this.budget.isolation === 'none') return Promise.all(items.map((i) => evaluateItem(tenant, i)));
    return this.#async.evaluate(tenant, items);
  }

  /** Evaluates one FEEL item synchronously, blocking this thread for at most the budget. */
  evaluateNow(tenant: string, item: ExpressionItem): ItemOutcome {
    if (this.budget.isolation === 'none') {
      try {
        return { ok: true, value: evaluateFeelText(item.expression, item.input) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    }
    return this.#sync.evaluate(tenant, item);
  }

  /** Starts the workers ahead of the first expression (a server at start-up). */
  warm(): void {
    if (this.budget.isolation === 'none') return;
    this.#async.warm();
    this.#sync.warm();
  }

  /** Resolves once the asynchronous workers have loaded (tests, benchmarks). */
  async ready(): Promise<void> {
    if (this.budget.isolation === 'workers') await this.#async.ready();
  }

  close(): void {
    this.#async.close();
    this.#sync.close();
  }
}

let current: ExpressionEvaluator | null = null;

/** The process's evaluator (created with the default budget on first use). */
export function expressionEvaluator(): ExpressionEvaluator {
  current ??= new ExpressionEvaluator();
  return current;
}

/** Sets the process's budget (composition roots, from configuration); the previous workers stop. */
export function configureExpressions(budget: Partial<ExpressionBudget>): ExpressionEvaluator {
  current?.close();
  current = new ExpressionEvaluator({ ...defaultBudget, ...budget });
  return current;
}
