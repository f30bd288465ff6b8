import type { EnterpriseRecord, OrgUnitRecord, PairingRecord, UserRecord } from '../records.js';
import type { Page } from './page.js';

/** The directory: users, org units (单位), enterprises and staff-enterprise pairings (结对). */
export interface EnterpriseQuery {
  jurisdiction: string;
  scale?: string;
  industry?: string;
  area?: string;
  /** Enterprises carrying this tag. */
  tag?: string;
  /** Name contains this text. */
  nameContains?: string;
  /** true: only enterprises nobody is paired with (企业无人结对). */
  unpaired?: boolean;
  limit?: number;
  offset?: number;
}

/** How many enterprises one staff member is paired with (0 included). */
export interface StaffPairingLoad {
  staffId: string;
  enterprises: number;
}

export interface DirectoryRepository {
  user(id: string): Promise<UserRecord | null>;
  userByUsername(username: string): Promise<UserRecord | null>;
  users(jurisdiction: string | null): Promise<UserRecord[]>;
  orgUnits(jurisdiction: string): Promise<OrgUnitRecord[]>;
  enterprise(id: string): Promise<EnterpriseRecord | null>;
  enterpriseByCreditCode(jurisdiction: string, creditCode: string): Promise<EnterpriseRecord | null>;
  enterprises(jurisdiction: string): Promise<EnterpriseRecord[]>;
  pairings(jurisdiction: string): Promise<PairingRecord[]>;
  orgUnit(id: string): Promise<OrgUnitRecord | null>;
  /** Enterprises matching every given filter, by name then id. */
  enterpriseList(query: EnterpriseQuery): Promise<Page<EnterpriseRecord>>;
  /** Every staff user (no enterpriseId) of the jurisdiction with their pairing count, fewest first, then id. */
  pairingLoads(jurisdiction: string): Promise<StaffPairingLoad[]>;
  /** Skills of the jurisdiction's users that have any, by user id (skills sorted). */
  skills(jurisdiction: string): Promise<Record<string, string[]>>;
}
