// Shapes of /jurisdictions/:j/directory/* (名录: org units, staff, enterprises, pairings), derived
// from the server's schemas (runtime/contract/directory.ts).
import type { FromSchema } from 'json-schema-to-ts';
import {
  orgUnitKinds,
  type enterpriseSchema,
  type importOutcomeSchema,
  type orgUnitSchema,
  type pairingSchema,
  type staffSchema,
} from '../../../runtime/contract/directory';

export { orgUnitKinds };
export type OrgUnitKind = (typeof orgUnitKinds)[number];

export type OrgUnit = FromSchema<typeof orgUnitSchema>;
/** A unit of the tree with its children (the schema leaves `children` untyped: it nests). */
export type OrgUnitNode = OrgUnit & { children: OrgUnitNode[] };
export type StaffMember = FromSchema<typeof staffSchema>;
export type Enterprise = FromSchema<typeof enterpriseSchema>;
export type Pairing = FromSchema<typeof pairingSchema>;
export type ImportResult = FromSchema<typeof importOutcomeSchema>;
