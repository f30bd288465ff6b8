/**
 * 账号管理: the accounts of one jurisdiction — staff (from 名录管理) and enterprises — their state
 * (active, waiting for activation, disabled, must change password), disabling and enabling, an
 * initial password shown once, and enterprise accounts. Passwords are hashed by the caller's
 * `hash` (the server's bcrypt); links and sessions are the server's business.
 */
import { randomInt } from 'node:crypto';
import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../common/errors.js';
import { stableId } from '../common/ids.js';
import type { UserRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/** What an admin sees of an account (never its password hash). */
export type Account = Omit<UserRecord, 'jurisdiction' | 'passwordHash'> & {
  kind: 'staff' | 'enterprise';
  /** 正常 · 待激活 (no password yet) · 已停用. */
  status: 'active' | 'pending' | 'disabled';
};

export interface AccountDeps {
  store: Pick<Store, 'directory' | 'transact'>;
  clock: Clock;
  hash: (password: string) => Promise<string>;
}

export function accountOf(user: UserRecord): Account {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    groups: user.groups,
    orgUnitId: user.orgUnitId,
    enterpriseId: user.enterpriseId,
    kind: user.enterpriseId ? 'enterprise' : 'staff',
    status: user.disabledAt ? 'disabled' : user.passwordHash ? 'active' : 'pending',
    mustChangePassword: user.mustChangePassword,
    passwordChangedAt: user.passwordChangedAt,
    disabledAt: user.disabledAt,
  };
}

/** Letters and digits without look-alikes (0/O, 1/l/I), and symbols, for initial passwords. */
const alphabets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=?@'];

/** A 12-character password with every class (meets any configurable policy). */
export function initialPassword(): string {
  const pick = (chars: string) => chars[randomInt(chars.length)] ?? '';
  const chars = alphabets.map(pick);
  while (chars.length < 12) chars.push(pick(alphabets.join('')));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}

export class AccountService {
  constructor(private readonly deps: AccountDeps) {}

  async list(jurisdiction: string): Promise<Account[]> {
    return (await this.deps.store.directory.users(jurisdiction)).map(accountOf);
  }

  /** The jurisdiction's account `id` (404 for another tenant's or none). */
  async get(jurisdiction: string, id: string): Promise<UserRecord> {
    const user = await this.deps.store.directory.user(id);
    if (!user || user.jurisdiction !== jurisdiction) throw new NotFoundError('account not found');
    return user;
  }

  /** 企业账号: an account acting for one enterprise of the directory, waiting for activation. */
  async createEnterpriseAccount(
    jurisdiction: string,
    input: { enterpriseId: string; username: string; displayName: string },
  ): Promise<Account> {
    const enterprise = await this.deps.store.directory.enterprise(input.enterpriseId);
    if (!enterprise || enterprise.jurisdiction !== jurisdiction)
      throw new InputError('no such enterprise here', [
        { path: '/enterpriseId', reason: 'unknown enterprise' },
      ]);
    if (await this.deps.store.directory.userByUsername(input.username))
      throw new ConflictError(
        'username taken',
        [{ path: '/username', reason: 'already used by another account' }],
        'username_taken',
      );
    const user: UserRecord = {
      id: stableId('user', jurisdiction, input.username),
      jurisdiction,
      username: input.username,
      displayName: input.displayName,
      roles: ['enterprise'],
      groups: [],
      orgUnitId: null,
      enterpriseId: enterprise.id,
      passwordHash: null,
      disabledAt: null,
      mustChangePassword: false,
      passwordChangedAt: null,
    };
    await this.deps.store.transact([{ kind: 'user.upsert', record: user }]);
    return accountOf(user);
  }

  /** 停用 (nothing is deleted; the account's sessions end) or 启用 again. */
  async setDisabled(jurisdiction: string, id: string, disabled: boolean, actorId: string): Promise<Account> {
    if (disabled && id === actorId)
      throw new NotAllowedError('you cannot disable your own account', [
        { path: '/id', reason: 'own account' },
      ]);
    const user = await this.get(jurisdiction, id);
    const disabledAt = disabled ? (user.disabledAt ?? this.deps.clock.now().toISOString()) : null;
    const changed = { ...user, disabledAt };
    await this.deps.store.transact([{ kind: 'user.upsert', record: changed }]);
    return accountOf(changed);
  }

  /** An initial password, returned once: the next sign-in must replace it. */
  async resetPassword(jurisdiction: string, id: string): Promise<{ account: Account; password: string }> {
    const user = await this.get(jurisdiction, id);
    const password = initialPassword();
    const changed: UserRecord = {
      ...user,
      passwordHash: await this.deps.hash(password),
      mustChangePassword: true,
      passwordChangedAt: this.deps.clock.now().toISOString(),
    };
    await this.deps.store.transact([{ kind: 'user.upsert', record: changed }]);
    return { account: accountOf(changed), password };
  }
}
