// Shapes of /jurisdictions/:j/directory/* (名录: org units, staff, enterprises, pairings), derived
// from the server's schemas (runtime/contract/directory.ts).
import type { FromSchema } from 'json-schema-to-ts';
import type * as contract from '../../../runtime/contract/directory';
import { orgUnitKinds } from '../../../runtime/contract/directory';

export { orgUnitKinds };
export type OrgUnitKind = (typeof orgUnitKinds)[number];

export type OrgUnit = FromSchema<typeof contract.orgUnitSchema>;
/** A unit of the tree with its children (the schema leaves `children` untyped: it nests). */
export type OrgUnitNode = OrgUnit & { children: OrgUnitNode[] };
export type StaffMember = FromSchema<typeof contract.staffSchema>;
export type Enterprise = FromSchema<typeof contract.enterpriseSchema>;
export type Pairing = FromSchema<typeof contract.pairingSchema>;
export type ImportResult = FromSchema<typeof contract.importOutcomeSchema>;
