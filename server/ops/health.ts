import type { RequestHandler } from 'express';
import type { CalendarStatus } from '../../runtime/calendar/calendar-status.js';
import type { Store } from '../../runtime/store/store.js';

/** Whether this process should receive traffic; set false when shutdown begins. */
export class Readiness {
  #draining = false;

  drain(): void {
    this.#draining = true;
  }

  get draining(): boolean {
    return this.#draining;
  }
}

/** Liveness: the process answers. */
export function healthz(): RequestHandler {
  return (_req, res) => void res.json({ status: 'ok' });
}

/**
 * Readiness: not draining, the store answers and at least one jurisdiction is published. The
 * working-day calendar's provisional years are reported as detail (they never make it unready).
 */
export function readyz(
  store: Store,
  readiness: Readiness,
  calendar: () => CalendarStatus = () => ({ provisionalYears: [], banner: null }),
): RequestHandler {
  return async (_req, res) => {
    const problems: { path: string; reason: string }[] = [];
    if (readiness.draining) problems.push({ path: '/process', reason: 'shutting down' });
    else {
      try {
        if ((await store.definitions.jurisdictions()).length === 0)
          problems.push({ path: '/definitions', reason: 'no jurisdiction published' });
      } catch (err) {
        problems.push({ path: '/store', reason: err instanceof Error ? err.message : 'unavailable' });
      }
    }
    if (problems.length === 0) return void res.json({ status: 'ready', calendar: calendar() });
    res.status(503).json({ error: { code: 'not_ready', message: 'not ready', details: problems } });
  };
}
