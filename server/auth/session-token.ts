import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SessionClaims {
  /** User id. */
  sub: string;
  /** Session id: what logout revokes and what the CSRF token is derived from. */
  sid: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

/** How many verified tokens `signedFor` remembers. */
const verifiedKept = 10_000;

/**
 * Signed session tokens: `base64url(claims).base64url(hmac-sha256)`. The key mixes the server secret
 * with a stamp of the user's password hash, so changing the password ends every earlier session
 * (in every process, across restarts) without a session table.
 */
export class SessionTokens {
  /** Tokens that verified, with the password hash they verified under (bounded: cleared when full). */
  readonly #verified = new Map<string, string>();

  constructor(
    private readonly secret: string,
    readonly lifetimeMs: number,
  ) {}

  issue(userId: string, passwordHash: string | null, now: Date): { token: string; claims: SessionClaims } {
    const claims: SessionClaims = {
      sub: userId,
      sid: randomBytes(16).toString('base64url'),
      exp: now.getTime() + this.lifetimeMs,
    };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.#sign(body, passwordHash)}`, claims };
  }

  /** The claims of a well-formed, unexpired token, NOT yet checked against its user's signature. */
  peek(token: string, now: Date): SessionClaims | null {
    const [body, sig, extra] = token.split('.');
    if (!body || !sig || extra !== undefined || body.length > 2000) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<SessionClaims>;
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number')
        return null;
      if (claims.exp < now.getTime()) return null;
      return { sub: claims.sub, sid: claims.sid, exp: claims.exp };
    } catch {
      return null;
    }
  }

  /**
   * True when the token was signed by this server for a user whose password hash is `passwordHash`.
   * A token that verified is remembered with that hash (every request of a session presents the same
   * token): the same token and hash give the same answer, a changed password is a different hash.
   */
  signedFor(token: string, passwordHash: string | null): boolean {
    const stamp = passwordHash ?? '';
    if (this.#verified.get(token) === stamp) return true;
    const [body = '', sig = ''] = token.split('.');
    const expected = Buffer.from(this.#sign(body, passwordHash));
    const given = Buffer.from(sig);
    const signed = expected.length === given.length && timingSafeEqual(expected, given);
    if (signed) {
      if (this.#verified.size >= verifiedKept) this.#verified.clear();
      this.#verified.set(token, stamp);
    }
    return signed;
  }

  /** The CSRF token of a session: derived, so a cookie planted by another site cannot match it. */
  csrfToken(sid: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${sid}`).digest('base64url');
  }

  #sign(body: string, passwordHash: string | null): string {
    const stamp = createHash('sha256')
      .update(passwordHash ?? '')
      .digest('base64url');
    return createHmac('sha256', this.secret).update(`${body}.${stamp}`).digest('base64url');
  }
}
