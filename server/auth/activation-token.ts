/**
 * 激活链接: a one-time link with which a new account sets its first password (or a person whose
 * password an admin reset sets a new one). The token is signed with the server secret and carries
 * the account and an expiry; it is bound to the account's password as it was when the link was
 * issued, so it works once — setting a password changes that stamp — and no token table is kept.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface ActivationClaims {
  /** The account. */
  uid: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

/** How long an activation link works (platform default; a new one can be issued at any time). */
export const activationLifetimeMs = 7 * 86_400_000;

export class ActivationTokens {
  constructor(private readonly secret: string) {}

  issue(userId: string, passwordHash: string | null, now: Date): { token: string; expiresAt: string } {
    const claims: ActivationClaims = { uid: userId, exp: now.getTime() + activationLifetimeMs };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return {
      token: `${body}.${this.#sign(body, passwordHash)}`,
      expiresAt: new Date(claims.exp).toISOString(),
    };
  }

  /** The claims of a well-formed token (not yet checked against its account's password stamp). */
  peek(token: string): ActivationClaims | null {
    const [body, sig, extra] = token.split('.');
    if (!body || !sig || extra !== undefined || body.length > 500) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<ActivationClaims>;
      return typeof claims.uid === 'string' && typeof claims.exp === 'number'
        ? { uid: claims.uid, exp: claims.exp }
        : null;
    } catch {
      return null;
    }
  }

  /** Whether the token was issued for the account whose password is now `passwordHash`. */
  signedFor(token: string, passwordHash: string | null): boolean {
    const [body = '', sig = ''] = token.split('.');
    const given = Buffer.from(sig, 'base64url');
    const expected = Buffer.from(this.#sign(body, passwordHash), 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  #sign(body: string, passwordHash: string | null): string {
    const stamp = createHash('sha256')
      .update(passwordHash ?? 'no password')
      .digest('base64url');
    return createHmac('sha256', `activation\u0000${this.secret}\u0000${stamp}`)
      .update(body)
      .digest('base64url');
  }
}
