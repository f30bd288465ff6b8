import type { UserRecord } from '../store/records.js';

/** Who a staff member is, as an admin or a sheet gives it. */
export type StaffFields = Pick<
  UserRecord,
  'id' | 'username' | 'displayName' | 'roles' | 'groups' | 'orgUnitId'
>;

/**
 * A staff member's record: the given fields, and the account's state (password, 停用, required
 * change, password age) kept from `before` — editing or re-importing a person never touches it.
 */
export function staffRecord(
  jurisdiction: string,
  person: StaffFields,
  before: UserRecord | null | undefined,
): UserRecord {
  return {
    ...person,
    jurisdiction,
    enterpriseId: null,
    passwordHash: before?.passwordHash ?? null,
    disabledAt: before?.disabledAt ?? null,
    mustChangePassword: before?.mustChangePassword ?? false,
    passwordChangedAt: before?.passwordChangedAt ?? null,
  };
}
