import { ConflictError } from '../../common/errors.js';
import { enterpriseDocs, orgUnitDocs, pairingDocs, skillDocs, userDocs } from './directory-collections.js';
import type { MutationPlanners, PlanContext } from './plan-context.js';

type DirectoryKind = `${'orgUnit' | 'user' | 'enterprise' | 'pairing'}.${string}`;
type DirectoryPlanners = Pick<MutationPlanners, Extract<keyof MutationPlanners, DirectoryKind>>;

/** A username, or a credit code within a jurisdiction, held by another record: ConflictError `duplicate`. */
async function refuseTaken(
  plan: PlanContext,
  coll: string,
  where: Record<string, string>,
  id: string,
  what: string,
): Promise<void> {
  const holder = await plan.view.findOne(coll, where);
  if (holder && holder._id !== id) throw new ConflictError(`${what} is already taken`, [], 'duplicate');
}

/** Directory writes: upserts by id; deleting an enterprise or a user deletes their pairings (and skills). */
export const directoryPlanners: DirectoryPlanners = {
  'orgUnit.upsert': async ({ record }, plan) => plan.put(orgUnitDocs, record),
  'user.upsert': async ({ record }, plan) => {
    await refuseTaken(
      plan,
      userDocs.collection,
      { username: record.username },
      record.id,
      `username ${record.username}`,
    );
    plan.put(userDocs, record);
  },
  'enterprise.upsert': async ({ record }, plan) => {
    const where = { jurisdiction: record.jurisdiction, creditCode: record.creditCode };
    await refuseTaken(plan, enterpriseDocs.collection, where, record.id, `credit code ${record.creditCode}`);
    plan.put(enterpriseDocs, record);
  },
  'pairing.upsert': async ({ record }, plan) => void (await plan.insert(pairingDocs, record)),
  'pairing.delete': async ({ record }, plan) => plan.delete(pairingDocs.collection, pairingDocs.id(record)),
  'orgUnit.delete': async ({ id }, plan) => plan.delete(orgUnitDocs.collection, id),
  'enterprise.delete': async ({ id }, plan) => {
    plan.push({ op: 'deleteWhere', coll: pairingDocs.collection, filter: { enterpriseId: id } });
    plan.delete(enterpriseDocs.collection, id);
  },
  'user.delete': async ({ id }, plan) => {
    plan.push({ op: 'deleteWhere', coll: pairingDocs.collection, filter: { staffId: id } });
    plan.delete(skillDocs.collection, id);
    plan.delete(userDocs.collection, id);
  },
  'user.skills': async ({ userId, skills }, plan) => {
    const sorted = [...new Set(skills)].sort();
    if (sorted.length === 0) plan.delete(skillDocs.collection, userId);
    else plan.put(skillDocs, { userId, skills: sorted });
  },
};
