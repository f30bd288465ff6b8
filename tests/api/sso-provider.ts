/**
 * A real OpenID provider (oidc-provider, a certified implementation) on a loopback port, with the
 * people the SSO tests sign in as, and a browser-like walk through its login and consent pages.
 * `tamperIdTokens` flips one character of every ID token's signature the token endpoint returns
 * (the provider is otherwise untouched), as a man in the middle would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface SsoProvider {
  issuer: string;
  clientId: string;
  /** Where the provider sends browsers back (the app's public callback URL). */
  redirectUri: string;
  tamperIdTokens: boolean;
  close(): Promise<void>;
}

export type Person = Record<string, unknown> & { sub: string };

export async function startSsoProvider(people: Person[], redirectUri: string): Promise<SsoProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'enterprise-service';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'roles', 'groups', 'jurisdiction', 'credit_code'] },
    // the claims ride in the ID token (the platform reads them from there)
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const person = people.find((p) => p.sub === id);
      return person ? { accountId: id, claims: () => person } : undefined;
    },
  });
  const state = { tamperIdTokens: false };
  const handle = provider.callback();
  server.on('request', (req, res) => {
    if (state.tamperIdTokens && req.url?.startsWith('/token')) {
      const end = res.end.bind(res) as (chunk?: unknown) => typeof res;
      res.end = ((chunk?: unknown) => {
        const text = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk ?? '');
        const body = JSON.parse(text) as { id_token?: string };
        if (body.id_token) {
          const [head, payload, sig = ''] = body.id_token.split('.');
          const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
          body.id_token = `${head}.${payload}.${flipped}`;
        }
        return end(JSON.stringify(body));
      }) as typeof res.end;
    }
    handle(req, res);
  });
  return {
    issuer,
    clientId,
    redirectUri,
    get tamperIdTokens() {
      return state.tamperIdTokens;
    },
    set tamperIdTokens(on: boolean) {
      state.tamperIdTokens = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Cookies of one browser, by host (paths ignored: enough for one provider and one app). */
export class CookieJar {
  readonly #byHost = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.#byHost.get(url.host) ?? new Map<string, string>())]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  take(url: URL, res: Response): void {
    const jar = this.#byHost.get(url.host) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.#byHost.set(url.host, jar);
  }

  get(url: URL, name: string): string | undefined {
    return this.#byHost.get(url.host)?.get(name);
  }
}

/** One request as a browser makes it (no automatic redirects), keeping cookies. */
export async function browserFetch(jar: CookieJar, url: URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.take(url, res);
  return res;
}

/**
 * Walks the provider's pages from the authorization URL as a person would — sign in as `login`,
 * then consent — and returns the URL the provider sends the browser back to (the app's callback).
 */
export async function signInAtProvider(
  jar: CookieJar,
  authorizationUrl: string,
  login: string,
  redirectUri: string,
): Promise<URL> {
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const res = await browserFetch(jar, url, init);
    init = {};
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      if (url.href.startsWith(redirectUri)) return url;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action)
      throw new Error(`provider page ${url.href}: ${res.status} ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const [, name = '', value = ''] of html.matchAll(
      /<input type="hidden" name="([^"]+)" value="([^"]*)"/g,
    ))
      fields.set(name, value);
    if (html.includes('name="login"')) {
      fields.set('login', login);
      fields.set('password', 'any');
    }
    url = new URL(action, url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    };
  }
  throw new Error('the provider never sent the browser back');
}
