/**
 * 统一身份认证 (single sign-on) settings of one installation: the OpenID provider, this client, and
 * how the provider's claims become an account here. Read once at start-up from the environment
 * (README "Configuration reference", section "Single sign-on"); absent `SSO_ISSUER` means SSO is off.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { InputError } from '../../runtime/common/errors.js';
import { roles, type Role } from './permissions.js';

/** Which claim carries what (names as the provider spells them). */
export interface SsoClaimNames {
  /** The claim that names the account here (its username); default `sub`. */
  username: string;
  /** The person's name shown in the studio; default `name`. */
  displayName: string;
  /** The jurisdiction (or a code the `jurisdictions` table maps); default `jurisdiction`. */
  jurisdiction: string;
  /** Role names (a string or an array; mapped by `roles`); default `roles`. */
  roles: string;
  /** Candidate groups (a string or an array, taken as they are); default `groups`. */
  groups: string;
  /** 统一社会信用代码 of the enterprise an enterprise account acts for; default `credit_code`. */
  creditCode: string;
}

/** How claims become an account (the JSON file `SSO_MAPPING_FILE`). */
export interface SsoMapping {
  claims: SsoClaimNames;
  /** Claim value → jurisdiction id (e.g. an administrative division code `330400` → `jiaxing`). */
  jurisdictions: Record<string, string>;
  /** Claim value → platform role; values not listed are ignored. */
  roles: Record<string, Role>;
  /**
   * Accounts created at first sign-in (just in time) — only for these roles; an unknown person with
   * any other role is refused until an admin creates the account. Admin roles are never created so.
   */
  justInTimeRoles: Role[];
}

export interface SsoConfig {
  /** SSO_ISSUER — the OpenID provider's issuer URL (discovery at `/.well-known/openid-configuration`). */
  issuer: URL;
  /** SSO_CLIENT_ID — this installation's client id at the provider. */
  clientId: string;
  /** SSO_CLIENT_SECRET — the client secret; unset: a public client (PKCE only). */
  clientSecret: string | null;
  /** SSO_REDIRECT_URI — `https://<host>/api/v1/auth/sso/callback`, registered at the provider. */
  redirectUri: URL;
  /** SSO_SCOPES — requested scopes (default `openid profile`). */
  scopes: string;
  /** SSO_LABEL — the login page's button (default 统一身份认证登录). */
  label: string;
  /** SSO_ALLOW_HTTP — `true` lets an http:// issuer be used (a provider on loopback in tests). */
  allowHttp: boolean;
  mapping: SsoMapping;
}

/** Roles an account created at first sign-in may never get. */
const neverJustInTime: readonly Role[] = ['platform-admin', 'jurisdiction-admin'];

const defaultClaims: SsoClaimNames = {
  username: 'sub',
  displayName: 'name',
  jurisdiction: 'jurisdiction',
  roles: 'roles',
  groups: 'groups',
  creditCode: 'credit_code',
};

const claimName = { type: 'string', minLength: 1, maxLength: 100 } as const;
const mappingSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    claims: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.keys(defaultClaims).map((k) => [k, claimName])),
    },
    jurisdictions: {
      type: 'object',
      additionalProperties: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,39}$' },
    },
    roles: { type: 'object', additionalProperties: { enum: [...roles] } },
    justInTimeRoles: {
      type: 'array',
      uniqueItems: true,
      items: { enum: roles.filter((r) => !neverJustInTime.includes(r)) },
    },
  },
} as const;

const validateMapping = new Ajv({ allErrors: true }).compile(mappingSchema);

function configError(name: string, reason: string): InputError {
  return new InputError(`invalid ${name}`, [{ path: name, reason }], 'invalid_config');
}

function url(name: string, value: string, allowHttp: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw configError(name, 'must be an absolute URL');
  }
  if (parsed.protocol !== 'https:' && !(allowHttp && parsed.protocol === 'http:'))
    throw configError(name, 'must be https (SSO_ALLOW_HTTP=true permits http, e.g. on loopback)');
  return parsed;
}

/** The mapping from its JSON text (defaults for what it leaves out); a bad file stops the start. */
export function parseSsoMapping(text: string, name = 'SSO_MAPPING_FILE'): SsoMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw configError(name, 'is not JSON');
  }
  if (!validateMapping(raw)) {
    const first = validateMapping.errors?.[0];
    throw configError(name, `${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
  }
  const given = raw as Partial<SsoMapping> & { claims?: Partial<SsoClaimNames> };
  return {
    claims: { ...defaultClaims, ...given.claims },
    jurisdictions: given.jurisdictions ?? {},
    roles: given.roles ?? {},
    justInTimeRoles: given.justInTimeRoles ?? [],
  };
}

/** SSO settings from the environment, or null when `SSO_ISSUER` is unset. */
export function ssoConfigFrom(env: NodeJS.ProcessEnv): SsoConfig | null {
  if (!env.SSO_ISSUER) return null;
  const allowHttp = env.SSO_ALLOW_HTTP === 'true';
  if (!env.SSO_CLIENT_ID) throw configError('SSO_CLIENT_ID', 'required when SSO_ISSUER is set');
  if (!env.SSO_REDIRECT_URI) throw configError('SSO_REDIRECT_URI', 'required when SSO_ISSUER is set');
  let mappingText = '{}';
  if (env.SSO_MAPPING_FILE) {
    try {
      mappingText = readFileSync(env.SSO_MAPPING_FILE, 'utf8');
    } catch {
      throw configError('SSO_MAPPING_FILE', 'cannot be read');
    }
  }
  return {
    issuer: url('SSO_ISSUER', env.SSO_ISSUER, allowHttp),
    clientId: env.SSO_CLIENT_ID,
    clientSecret: env.SSO_CLIENT_SECRET || null,
    redirectUri: url('SSO_REDIRECT_URI', env.SSO_REDIRECT_URI, allowHttp),
    scopes: env.SSO_SCOPES || 'openid profile',
    label: env.SSO_LABEL || '统一身份认证登录',
    allowHttp,
    mapping: parseSsoMapping(mappingText),
  };
}
