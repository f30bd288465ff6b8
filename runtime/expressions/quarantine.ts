/**
 * 隔离: an expression that exceeded its budget is not run again for a while (per tenant and
 * expression text): its evaluations fail at once with the same budget outcome, so a runaway rule
 * that a stream of cases keeps triggering costs one stopped worker per cool-down, not one per case,
 * and cannot wear down the other tenants' share of the machine. A fixed rule is a new text and runs.
 */
import type { BudgetOutcome, ExpressionItem } from './expression-protocol.js';

const maxEntries = 1000;

export class Quarantine {
  readonly #until = new Map<string, { until: number; outcome: BudgetOutcome }>();

  constructor(private readonly coolDownMs: number) {}

  #key(tenant: string, item: ExpressionItem): string {
    return `${tenant}\n${item.language}\n${item.expression}`;
  }

  /** The outcome to answer at once if the expression is in quarantine, else null. */
  held(tenant: string, item: ExpressionItem): BudgetOutcome | null {
    const key = this.#key(tenant, item);
    const entry = this.#until.get(key);
    if (!entry) return null;
    if (entry.until > Date.now()) return { ...entry.outcome, quarantined: true };
    this.#until.delete(key);
    return null;
  }

  /** The expression exceeded its budget: hold it for the cool-down. */
  hold(tenant: string, item: ExpressionItem, outcome: BudgetOutcome): void {
    if (this.coolDownMs <= 0) return;
    if (this.#until.size >= maxEntries) this.#until.delete(this.#until.keys().next().value as string);
    this.#until.set(this.#key(tenant, item), { until: Date.now() + this.coolDownMs, outcome });
  }
}
