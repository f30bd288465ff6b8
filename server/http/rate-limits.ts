import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Clock } from '../../runtime/common/clock.js';
import type { CoordinationRepository } from '../../runtime/store/coordination.js';
import { ClockWindowStore } from './clock-window-store.js';
import { SharedWindowStore } from './shared-window-store.js';

export interface RateLimitOptions {
  clock: Clock;
  windowSeconds: number;
  /** Requests per client address per window. */
  limit: number;
  /** Named in the 429 answer, e.g. `login`. */
  name: string;
  onLimited?: (name: string) => void;
  /** Count in the store's shared coordination state (app replicas on one store) instead of in memory. */
  shared?: CoordinationRepository;
}

/** A per-client-address limit answering 429 `rate_limited` with `Retry-After` and RateLimit headers. */
export function rateLimiter(options: RateLimitOptions): RequestHandler {
  const windowMs = options.windowSeconds * 1000;
  return rateLimit({
    windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: options.shared
      ? new SharedWindowStore(options.clock, windowMs, options.shared, `rate:${options.name}`)
      : new ClockWindowStore(options.clock, windowMs),
    validate: { trustProxy: false, xForwardedForHeader: false, creationStack: false },
    handler: (_req, res) => {
      options.onLimited?.(options.name);
      res.status(429).json({
        error: {
          code: 'rate_limited',
          message: `too many ${options.name} requests; try again later`,
          details: [{ path: '', reason: `at most ${options.limit} per ${options.windowSeconds} s` }],
        },
      });
    },
  });
}
