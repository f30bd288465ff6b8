/**
 * The one evaluator of admin-written expressions (FEEL in BPMN, JSONata rules). An expression of a
 * fragment proven bounded (bounded-feel.ts, bounded-jsonata.ts) runs here, without a round trip;
 * every other runs under the process's `ExpressionBudget` on evaluation workers — asynchronously on
 * the pool, or synchronously (FEEL inside an engine step) on a dedicated lane. An item past the time budget
 * is tried once more on a fresh worker before it counts as exceeded: a busy machine may pause a
 * worker for a moment, a runaway runs away twice. Then it is quarantined (quarantine.ts) for the
 * budget's cool-down. `isolation: 'none'` evaluates in-process without a budget, only to measure
 * what isolation costs.
 */
import { evaluateFeelText, evaluateItem } from './expression-eval.mjs';
import { AsyncLane } from './async-lane.js';
import { isBoundedFeel } from './bounded-feel.js';
import { isBoundedJsonata } from './bounded-jsonata.js';
import { defaultBudget, type ExpressionBudget } from './expression-budget.js';
import { exceeded, type ExpressionItem, type ItemOutcome } from './expression-protocol.js';
import { Quarantine } from './quarantine.js';
import { SyncLane } from './sync-lane.js';

export class ExpressionEvaluator {
  readonly #async: AsyncLane;
  readonly #sync: SyncLane;
  readonly #quarantine: Quarantine;

  constructor(readonly budget: ExpressionBudget = defaultBudget) {
    this.#async = new AsyncLane(budget);
    this.#sync = new SyncLane(budget);
    this.#quarantine = new Quarantine(budget.quarantineMs);
  }

  /** Evaluates a batch for a tenant; each item gets its own budget; outcomes in item order. */
  async evaluate(tenant: string, items: ExpressionItem[]): Promise<ItemOutcome[]> {
    if (this.budget.isolation === 'none') return Promise.all(items.map((i) => evaluateItem(tenant, i)));
    const outcomes: (ItemOutcome | null)[] = items.map((item) => this.#quarantine.held(tenant, item));
    for (const [i, item] of items.entries())
      if (outcomes[i] === null && this.#proven(item)) outcomes[i] = await evaluateItem(tenant, item);
    for (let attempt = 0; attempt < 2; attempt++) {
      const todo = outcomes.flatMap((o, i) => (o === null || (attempt > 0 && timedOut(o)) ? [i] : []));
      if (todo.length === 0) break;
      const answers = await this.#async.evaluate(
        tenant,
        todo.map((i) => items[i] as ExpressionItem),
      );
      todo.forEach((index, k) => (outcomes[index] = answers[k] as ItemOutcome));
    }
    return outcomes.map((outcome, i) =>
      this.#held(tenant, items[i] as ExpressionItem, outcome as ItemOutcome),
    );
  }

  /** An exceeded outcome (not one answered from quarantine) puts the expression in quarantine. */
  #held(tenant: string, item: ExpressionItem, outcome: ItemOutcome): ItemOutcome {
    if (exceeded(outcome) && !outcome.quarantined) this.#quarantine.hold(tenant, item, outcome);
    return outcome;
  }

  /** Proven bounded, and the budget lets proven expressions run here (all but one benchmark phase). */
  #proven(item: ExpressionItem): boolean {
    if (!this.budget.provenInProcess) return false;
    return item.language === 'feel' ? isBoundedFeel(item.expression) : isBoundedJsonata(item.expression);
  }

  /** Evaluates one FEEL item synchronously, blocking this thread for at most the budget. */
  evaluateNow(tenant: string, item: ExpressionItem): ItemOutcome {
    if (this.budget.isolation === 'none') return inProcess(item);
    if (this.#proven(item)) return inProcess(item);
    const held = this.#quarantine.held(tenant, item);
    if (held) return held;
    const outcome = this.#sync.evaluate(tenant, item);
    return this.#held(tenant, item, timedOut(outcome) ? this.#sync.evaluate(tenant, item) : outcome);
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

/** A FEEL item evaluated on this thread (proven bounded, or no isolation at all). */
function inProcess(item: ExpressionItem): ItemOutcome {
  try {
    return { ok: true, value: evaluateFeelText(item.expression, item.input) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Past the time budget on a worker (not answered from quarantine): worth one more attempt. */
function timedOut(outcome: ItemOutcome): boolean {
  return exceeded(outcome) && outcome.exceeded === 'time' && !outcome.quarantined;
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
