import { ConflictError, InputError, NotFoundError } from '../common/errors.js';
import { staffRecord } from './staff-record.js';
import { stableId } from '../common/ids.js';
import type { Mutation } from '../store/mutations.js';
import type { EnterpriseRecord, OrgUnitRecord, PairingRecord, UserRecord } from '../store/records.js';
import type { EnterpriseQuery, Page, Store } from '../store/store.js';
import { parseEnterprise } from './enterprise-input.js';
import { orgUnitKinds, orgUnitTree, wouldCycle, type OrgUnitNode } from './org-unit-tree.js';

export interface OrgUnitInput {
  name: string;
  kind: string;
  parentId?: string | null;
}

export interface StaffInput {
  username: string;
  displayName: string;
  roles: string[];
  groups: string[];
  orgUnitId?: string | null;
  skills?: string[];
}

export type Staff = Omit<UserRecord, 'passwordHash'> & { skills: string[] };

/** Roles a jurisdiction administrator may give staff (platform roles are not theirs to give). */
export const staffRoles = ['dispatcher', 'handler', 'leader', 'coordinator', 'jurisdiction-admin'] as const;

/** 名录: org units, staff, enterprises and pairings of one jurisdiction, validated before any write. */
export class DirectoryService {
  constructor(private readonly store: Pick<Store, 'directory' | 'transact'>) {}

  async orgTree(jurisdiction: string): Promise<OrgUnitNode[]> {
    return orgUnitTree(await this.store.directory.orgUnits(jurisdiction));
  }

  async saveOrgUnit(jurisdiction: string, id: string | null, input: OrgUnitInput): Promise<OrgUnitRecord> {
    const units = await this.store.directory.orgUnits(jurisdiction);
    const existing = id ? await this.#orgUnit(jurisdiction, id) : null;
    const parentId = input.parentId ?? null;
    if (!(orgUnitKinds as readonly string[]).includes(input.kind))
      throw new InputError('unknown org unit kind', [
        { path: '/kind', reason: `one of ${orgUnitKinds.join(', ')}` },
      ]);
    if (parentId && !units.some((u) => u.id === parentId))
      throw new InputError('parent not found', [{ path: '/parentId', reason: 'no such org unit here' }]);
    const record: OrgUnitRecord = {
      id: existing?.id ?? stableId('ou', jurisdiction, parentId ?? '', input.name),
      jurisdiction,
      parentId,
      name: input.name.trim(),
      kind: input.kind,
    };
    if (!existing && units.some((u) => u.id === record.id))
      throw new ConflictError(
        'a unit of that name exists under this parent',
        [{ path: '/name', reason: 'duplicate' }],
        'duplicate',
      );
    if (wouldCycle(units, record.id, parentId))
      throw new InputError('a unit cannot be its own ancestor', [{ path: '/parentId', reason: 'cycle' }]);
    await this.store.transact([{ kind: 'orgUnit.upsert', record }]);
    return record;
  }

  async deleteOrgUnit(jurisdiction: string, id: string): Promise<void> {
    await this.#orgUnit(jurisdiction, id);
    const [units, users] = await Promise.all([
      this.store.directory.orgUnits(jurisdiction),
      this.store.directory.users(jurisdiction),
    ]);
    if (units.some((u) => u.parentId === id) || users.some((u) => u.orgUnitId === id))
      throw new ConflictError('the unit still has sub-units or staff', [], 'in_use');
    await this.store.transact([{ kind: 'orgUnit.delete', id }]);
  }

  async staff(jurisdiction: string): Promise<Staff[]> {
    const [users, skills] = await Promise.all([
      this.store.directory.users(jurisdiction),
      this.store.directory.skills(jurisdiction),
    ]);
    return users
      .filter((u) => !u.enterpriseId && !u.roles.includes('enterprise'))
      .map(({ passwordHash: _hidden, ...u }) => ({ ...u, skills: skills[u.id] ?? [] }));
  }

  async saveStaff(jurisdiction: string, id: string | null, input: StaffInput): Promise<Staff> {
    const existing = id ? await this.store.directory.user(id) : null;
    if (id && (!existing || existing.jurisdiction !== jurisdiction))
      throw new NotFoundError('staff not found');
    const bad = input.roles.filter((r) => !(staffRoles as readonly string[]).includes(r));
    if (bad.length)
      throw new InputError('unknown role', [
        { path: '/roles', reason: `each one of ${staffRoles.join(', ')}` },
      ]);
    if (input.orgUnitId) await this.#orgUnit(jurisdiction, input.orgUnitId, '/orgUnitId');
    const person = {
      id: existing?.id ?? stableId('user', jurisdiction, input.username),
      username: input.username,
      displayName: input.displayName,
      roles: [...new Set(input.roles)],
      groups: [...new Set(input.groups)],
      orgUnitId: input.orgUnitId ?? null,
    };
    const record = staffRecord(jurisdiction, person, existing);
    const skills = [...new Set((input.skills ?? []).map((s) => s.trim()).filter(Boolean))].sort();
    await this.store.transact([
      { kind: 'user.upsert', record },
      { kind: 'user.skills', userId: record.id, skills },
    ]);
    const { passwordHash: _hidden, ...shown } = record;
    return { ...shown, skills };
  }

  async deleteStaff(jurisdiction: string, id: string): Promise<void> {
    const user = await this.store.directory.user(id);
    if (!user || user.jurisdiction !== jurisdiction || user.enterpriseId)
      throw new NotFoundError('staff not found');
    await this.store.transact([{ kind: 'user.delete', id }]);
  }

  async enterprises(query: EnterpriseQuery): Promise<Page<EnterpriseRecord>> {
    return this.store.directory.enterpriseList(query);
  }

  async enterprise(jurisdiction: string, id: string): Promise<EnterpriseRecord> {
    const found = await this.store.directory.enterprise(id);
    if (!found || found.jurisdiction !== jurisdiction) throw new NotFoundError('enterprise not found');
    return found;
  }

  async saveEnterprise(
    jurisdiction: string,
    id: string | null,
    raw: Record<string, unknown>,
  ): Promise<EnterpriseRecord> {
    const existing = id ? await this.enterprise(jurisdiction, id) : null;
    const { value, problems } = parseEnterprise(raw);
    if (problems.length) throw new InputError('enterprise is invalid', problems);
    const holder = await this.store.directory.enterpriseByCreditCode(jurisdiction, value.creditCode);
    if (holder && holder.id !== existing?.id)
      throw new ConflictError(
        'credit code already registered',
        [{ path: '/creditCode', reason: 'duplicate' }],
        'duplicate',
      );
    const record: EnterpriseRecord = {
      id: existing?.id ?? stableId('ent', jurisdiction, value.creditCode),
      jurisdiction,
      ...value,
    };
    await this.store.transact([{ kind: 'enterprise.upsert', record }]);
    return record;
  }

  async deleteEnterprise(jurisdiction: string, id: string): Promise<void> {
    await this.enterprise(jurisdiction, id);
    await this.store.transact([{ kind: 'enterprise.delete', id }]);
  }

  async pair(record: PairingRecord, remove = false): Promise<void> {
    const staff = await this.store.directory.user(record.staffId);
    if (!staff || staff.jurisdiction !== record.jurisdiction || staff.enterpriseId)
      throw new InputError('staff not found', [{ path: '/staffId', reason: 'no such staff member here' }]);
    await this.enterprise(record.jurisdiction, record.enterpriseId);
    const mutation: Mutation = { kind: remove ? 'pairing.delete' : 'pairing.upsert', record };
    await this.store.transact([mutation]);
  }

  /** Staff paired with fewer than `below` enterprises (助企员少于 N 家), fewest first. */
  async underloadedStaff(jurisdiction: string, below: number) {
    const names = new Map((await this.staff(jurisdiction)).map((s) => [s.id, s.displayName]));
    return (await this.store.directory.pairingLoads(jurisdiction))
      .filter((l) => l.enterprises < below && names.has(l.staffId))
      .map((l) => ({ ...l, displayName: names.get(l.staffId) ?? '' }));
  }

  async #orgUnit(jurisdiction: string, id: string, path = '/id'): Promise<OrgUnitRecord> {
    const unit = await this.store.directory.orgUnit(id);
    if (!unit || unit.jurisdiction !== jurisdiction)
      throw path === '/id'
        ? new NotFoundError('org unit not found')
        : new InputError('org unit not found', [{ path, reason: 'no such org unit here' }]);
    return unit;
  }
}
