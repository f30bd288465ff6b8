/**
 * Which account a person signed in at the OpenID provider becomes here. An account whose username is
 * the configured claim's value signs in as it is (its roles, groups and unit are the admins', not the
 * provider's). An unknown person gets an account at first sign-in (just in time) only when the claims
 * map to a known jurisdiction and to roles the installation allows so; an enterprise account also
 * needs the enterprise's 统一社会信用代码 in the directory. Anything else is refused, and nothing is
 * written.
 */
import { stableId } from '../../runtime/common/ids.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import type { UserRecord } from '../../runtime/store/records.js';
import type { Store } from '../../runtime/store/store.js';
import type { Role } from './permissions.js';
import type { SsoMapping } from './sso-config.js';

/** Why a verified person gets no account here; the studio words each in Chinese. */
export type SsoRefusal =
  | 'no_username' // the username claim is missing or not a string
  | 'not_provisioned' // unknown person, and the claims allow no account to be created
  | 'no_jurisdiction' // the jurisdiction claim is missing or names no jurisdiction here
  | 'enterprise_unknown' // an enterprise person whose credit code is not in the directory
  | 'account_disabled'; // the account here was disabled by an admin

export class SsoRefusedError extends Error {
  constructor(
    readonly refusal: SsoRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'SsoRefusedError';
  }
}

type Claims = Record<string, unknown>;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The account to sign in as, and the writes that create it (empty for an existing account). */
export async function ssoAccount(
  claims: Claims,
  mapping: SsoMapping,
  store: Pick<Store, 'definitions' | 'directory'>,
): Promise<{ user: UserRecord; writes: Mutation[] }> {
  const names = mapping.claims;
  const username = claims[names.username];
  if (typeof username !== 'string' || !username || username.length > 100)
    throw new SsoRefusedError('no_username', `claim ${names.username} is not a username`);
  const existing = await store.directory.userByUsername(username);
  if (existing?.disabledAt) throw new SsoRefusedError('account_disabled', `account ${username} is disabled`);
  if (existing) return { user: existing, writes: [] };

  const granted = [
    ...new Set(strings(claims[names.roles]).flatMap((value) => mapping.roles[value] ?? [])),
  ] as Role[];
  const roles = granted.filter((role) => mapping.justInTimeRoles.includes(role));
  if (roles.length === 0 || roles.length !== granted.length)
    throw new SsoRefusedError(
      'not_provisioned',
      `no account ${username}, and roles [${granted.join(', ')}] are not created at first sign-in`,
    );
  const code = strings(claims[names.jurisdiction])[0];
  const jurisdiction = code === undefined ? undefined : (mapping.jurisdictions[code] ?? code);
  if (!jurisdiction || !(await store.definitions.jurisdictions()).includes(jurisdiction))
    throw new SsoRefusedError('no_jurisdiction', `claim ${names.jurisdiction} names no jurisdiction here`);

  let enterpriseId: string | null = null;
  if (roles.includes('enterprise')) {
    const creditCode = strings(claims[names.creditCode])[0]?.toUpperCase();
    const enterprise = creditCode
      ? await store.directory.enterpriseByCreditCode(jurisdiction, creditCode)
      : null;
    if (!enterprise)
      throw new SsoRefusedError(
        'enterprise_unknown',
        `no enterprise with that credit code in ${jurisdiction}`,
      );
    enterpriseId = enterprise.id;
  }
  const displayName = strings(claims[names.displayName])[0]?.slice(0, 100) || username;
  const user: UserRecord = {
    id: stableId('user', jurisdiction, username),
    jurisdiction,
    username,
    displayName,
    roles,
    groups: enterpriseId ? [] : [...new Set(strings(claims[names.groups]))],
    orgUnitId: null,
    enterpriseId,
    // No password: this account signs in through the provider only.
    passwordHash: null,
    disabledAt: null,
    mustChangePassword: false,
    passwordChangedAt: null,
  };
  return { user, writes: [{ kind: 'user.upsert', record: user }] };
}
