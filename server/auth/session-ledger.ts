import type { Clock } from '../../runtime/common/clock.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import type { Store } from '../../runtime/store/store.js';
import type { SessionClaims } from './session-token.js';

/** Session time limits (platform defaults: SESSION_HOURS 12, SESSION_IDLE_MINUTES 30). */
export interface SessionPolicy {
  /** Absolute: from sign-in, however busy the session is (the token's `exp`). */
  maxLifetimeMs: number;
  /** A session not used for this long has ended. */
  idleMs: number;
}

/** How stale `lastSeenAt` may get before a request writes it again (bounds writes per session). */
const touchEveryMs = 60_000;

/**
 * The sessions behind the signed tokens, kept in the store: a token counts only while its session is
 * recorded, not revoked (logout — durable, so a restart or another process does not revive it), not
 * past its maximum lifetime and used within the idle time.
 */
export class SessionLedger {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    readonly policy: SessionPolicy,
  ) {}

  /** The write recording a session just issued (commit it with whatever else the sign-in writes). */
  opening(claims: SessionClaims): Mutation {
    const now = this.clock.now().toISOString();
    return {
      kind: 'session.open',
      record: {
        sid: claims.sid,
        userId: claims.sub,
        issuedAt: now,
        expiresAt: new Date(claims.exp).toISOString(),
        lastSeenAt: now,
        revokedAt: null,
      },
    };
  }

  /** True while the session is open; marks it used (at most one write a minute). */
  async active(claims: SessionClaims): Promise<boolean> {
    const session = await this.store.credentials.session(claims.sid);
    if (!session || session.userId !== claims.sub || session.revokedAt !== null) return false;
    const now = this.clock.now();
    if (now.getTime() >= Date.parse(session.expiresAt)) return false;
    const idle = now.getTime() - Date.parse(session.lastSeenAt);
    if (idle > this.policy.idleMs) return false;
    if (idle >= touchEveryMs)
      await this.store.transact([{ kind: 'session.touch', sid: claims.sid, at: now.toISOString() }]);
    return true;
  }

  /** The write ending a session for good (logout, password change). */
  revoking(sid: string): Mutation {
    return { kind: 'session.revoke', sid, at: this.clock.now().toISOString() };
  }
}
