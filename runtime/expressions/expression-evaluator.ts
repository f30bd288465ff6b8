/**
 * The one evaluator of admin-written expressions (FEEL in BPMN, JSONata rules): every item runs
 * under the process's `ExpressionBudget` on evaluation workers — asynchronously on the pool, or
 * synchronously (FEEL inside an engine step) on a dedicated lane. An item past the time budget
 * is tried once more on a fresh worker before it counts as exceeded: a busy machine may pause a
 * worker for a moment, a runaway runs away twice. `isolation: 'none'` evaluates in-process without
 * a budget, only to measure what isolation costs.
 */
import { evaluateFeelText, evaluateItem } from './expression-eval.mjs';
import { AsyncLane } from './async-lane.js';
import { defaultBudget, type ExpressionBudget } from './expression-budget.js';
import { exceeded, type ExpressionItem, type ItemOutcome } from './expression-protocol.js';
import { SyncLane } from './sync-lane.js';

export class ExpressionEvaluator {
  readonly #async: AsyncLane;
  readonly #sync: SyncLane;

  constructor(readonly budget: ExpressionBudget = defaultBudget) {
    this.#async = new AsyncLane(budget);
    this.#sync = new SyncLane(budget);
  }

  /** Evaluates a batch for a tenant; each item gets its own budget; outcomes in item order. */
  async evaluate(tenant: string, items: ExpressionItem[]): Promise<ItemOutcome[]> {
    if (this.budget.isolation === 'none') return Promise.all(items.map((i) => evaluateItem(tenant, i)));
    const outcomes = await this.#async.evaluate(tenant, items);
    const again = outcomes.flatMap((o, i) => (timedOut(o) ? [i] : []));
    if (again.length === 0) return outcomes;
    const second = await this.#async.evaluate(
      tenant,
      again.map((i) => items[i] as ExpressionItem),
    );
    again.forEach((index, k) => (outcomes[index] = second[k] as ItemOutcome));
    return outcomes;
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
    const outcome = this.#sync.evaluate(tenant, item);
    return timedOut(outcome) ? this.#sync.evaluate(tenant, item) : outcome;
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

function timedOut(outcome: ItemOutcome): boolean {
  return exceeded(outcome) && outcome.exceeded === 'time';
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
