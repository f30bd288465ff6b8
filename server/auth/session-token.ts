import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SessionClaims {
  sub: string;
  exp: number;
}

/** Signed bearer tokens: `base64url(claims).base64url(hmac-sha256)`. */
export class SessionTokens {
  constructor(
    private readonly secret: string,
    private readonly lifetimeMs: number,
  ) {}

  issue(userId: string, now: Date): string {
    const body = Buffer.from(JSON.stringify({ sub: userId, exp: now.getTime() + this.lifetimeMs })).toString(
      'base64url',
    );
    return `${body}.${this.#sign(body)}`;
  }

  verify(token: string, now: Date): SessionClaims | null {
    const [body, sig] = token.split('.');
    if (!body || !sig) return null;
    const expected = Buffer.from(this.#sign(body));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<SessionClaims>;
      if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || claims.exp < now.getTime())
        return null;
      return { sub: claims.sub, exp: claims.exp };
    } catch {
      return null;
    }
  }

  #sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
