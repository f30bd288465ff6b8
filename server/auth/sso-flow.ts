/**
 * The OpenID Connect authorization-code flow with PKCE (openid-client): `begin` gives the provider's
 * authorization URL and the flow's secrets, kept in a signed, HttpOnly, short-lived cookie (so any app
 * replica can finish the flow, and nothing is stored before sign-in); `finish` checks the callback
 * (state, PKCE, nonce, the ID token's signature against the provider's keys) and returns its claims.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import type { SsoConfig } from './sso-config.js';

/** Why a sign-in through the provider failed; the studio words each in Chinese. */
export type SsoFailure =
  | 'flow' // no, a tampered or an expired flow cookie (started elsewhere, or over 10 minutes ago)
  | 'denied' // the provider returned an error (the person cancelled, or was refused)
  | 'callback' // the callback failed its checks: state, code, PKCE, nonce or signature
  | 'provider'; // the provider could not be reached

export class SsoFlowError extends Error {
  constructor(
    readonly failure: SsoFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SsoFlowError';
  }
}

/** What the flow cookie holds between `begin` and `finish`. */
interface FlowSecrets {
  state: string;
  nonce: string;
  verifier: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

/** How long a started sign-in may take at the provider. */
export const flowLifetimeMs = 10 * 60_000;

/** An error's message with its causes' (openid-client wraps the precise check that failed). */
function reasons(err: unknown): string {
  const parts: string[] = [];
  for (let e = err; e instanceof Error && parts.length < 4; e = e.cause) parts.push(e.message);
  return parts.join(': ');
}

export class SsoFlow {
  #config: Promise<oidc.Configuration> | null = null;

  constructor(
    readonly settings: SsoConfig,
    private readonly secret: string,
  ) {}

  /** The provider's metadata and keys, discovered once (again after a failure). */
  #discover(): Promise<oidc.Configuration> {
    if (!this.#config) {
      const { issuer, clientId, clientSecret, allowHttp } = this.settings;
      const auth = clientSecret ? oidc.ClientSecretPost(clientSecret) : oidc.None();
      const execute = [oidc.enableNonRepudiationChecks, ...(allowHttp ? [oidc.allowInsecureRequests] : [])];
      this.#config = oidc.discovery(issuer, clientId, undefined, auth, { execute, timeout: 10 });
      this.#config.catch(() => (this.#config = null));
    }
    return this.#config;
  }

  async #configuration(): Promise<oidc.Configuration> {
    try {
      return await this.#discover();
    } catch (err) {
      throw new SsoFlowError('provider', `OpenID provider unreachable: ${(err as Error).message}`);
    }
  }

  /** The authorization URL to send the browser to, and the cookie value that must come back with it. */
  async begin(now: Date): Promise<{ authorizationUrl: string; cookie: string }> {
    const config = await this.#configuration();
    const secrets: FlowSecrets = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      exp: now.getTime() + flowLifetimeMs,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri.href,
      scope: this.settings.scopes,
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(secrets.verifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl: url.href, cookie: this.#seal(secrets) };
  }

  /** The ID token's claims of a callback (`callbackUrl` with its query), checked against the cookie. */
  async finish(callbackUrl: URL, cookie: string | undefined, now: Date): Promise<oidc.IDToken> {
    const secrets = cookie ? this.#open(cookie) : null;
    if (!secrets || secrets.exp <= now.getTime())
      throw new SsoFlowError('flow', 'no valid sign-in flow for this callback');
    const providerError = callbackUrl.searchParams.get('error');
    if (providerError) throw new SsoFlowError('denied', `the provider answered ${providerError}`);
    const config = await this.#configuration();
    // The provider checks the callback against the registered redirect URI, whatever host served it.
    const current = new URL(this.settings.redirectUri.href);
    current.search = callbackUrl.search;
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: secrets.verifier,
        expectedState: secrets.state,
        expectedNonce: secrets.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw new SsoFlowError('callback', `callback refused: ${reasons(err)}`);
    }
    const claims = tokens.claims();
    if (!claims) throw new SsoFlowError('callback', 'the provider returned no ID token');
    return claims;
  }

  #mac(body: string): Buffer {
    return createHmac('sha256', `sso-flow\u0000${this.secret}`).update(body).digest();
  }

  #seal(secrets: FlowSecrets): string {
    const body = Buffer.from(JSON.stringify(secrets)).toString('base64url');
    return `${body}.${this.#mac(body).toString('base64url')}`;
  }

  #open(cookie: string): FlowSecrets | null {
    const [body, mac, extra] = cookie.split('.');
    if (!body || !mac || extra !== undefined || body.length > 2000) return null;
    const given = Buffer.from(mac, 'base64url');
    const expected = this.#mac(body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<FlowSecrets>;
      const { state, nonce, verifier, exp } = value;
      if (typeof state !== 'string' || typeof nonce !== 'string' || typeof verifier !== 'string') return null;
      return typeof exp === 'number' ? { state, nonce, verifier, exp } : null;
    } catch {
      return null;
    }
  }
}
