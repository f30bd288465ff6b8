import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CalendarStatus } from '../../runtime/calendar/calendar-status.js';
import { routeOf } from '../http/route-context.js';

/** Prometheus metrics of one app instance (its own registry, so tests can run several apps). */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = this.#counter(
    'http_requests_total',
    'HTTP requests by method, route pattern and status',
    ['method', 'route', 'status'],
  );
  readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly loginFailures = this.#counter(
    'auth_login_failures_total',
    'Failed logins (wrong credentials or locked account)',
    ['reason'],
  );
  readonly auditSuppressed = this.#counter(
    'audit_failed_logins_suppressed_total',
    'Failed-login audit entries left out by the per-address and per-username throttle',
  );
  readonly rateLimited = this.#counter('http_rate_limited_total', 'Requests refused by a rate limit', [
    'limit',
  ]);

  constructor(defaults = true) {
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }

  /** A counter in this instance's registry. */
  #counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /**
   * `calendar_provisional_years`: how many of this and next year have no official holiday
   * arrangement (a year label each, value 1), read from the calendar at every scrape. Alert on it
   * from 1 November: that year's deadlines count the statutory days only.
   */
  watchCalendar(status: () => CalendarStatus): void {
    const registry = this.registry;
    new Gauge({
      name: 'calendar_provisional_years',
      help: 'Years (this and next) whose holiday arrangement is provisional: statutory days only, notice not entered',
      labelNames: ['year'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const year of status().provisionalYears) this.set({ year: String(year) }, 1);
      },
    });
  }

  /** Counts and times every request by its route pattern (never by raw path: ids would explode labels). */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const route = routeOf(req) ?? (req.path.startsWith('/api/') ? 'unmatched' : 'static');
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.requests.inc({ method: req.method, route, status: String(res.statusCode) });
        this.duration.observe({ method: req.method, route }, seconds);
      });
      next();
    };
  }

  handler(): RequestHandler {
    return async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }
}
