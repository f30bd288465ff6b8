import { passwordHistoryDocs, sessionDocs } from './credential-collections.js';
import type { MutationPlanners } from './plan-context.js';

type CredentialPlanners = Pick<
  MutationPlanners,
  'session.open' | 'session.touch' | 'session.revoke' | 'passwordHistory.set'
>;

/** Session and password-history writes; touches only move forward, the first revocation counts. */
export const credentialPlanners: CredentialPlanners = {
  'session.open': async ({ record }, plan) => void (await plan.insert(sessionDocs, record)),
  'session.touch': async ({ sid, at }, plan) => {
    const current = await plan.view.get(sessionDocs.collection, sid);
    if (current && String(current['lastSeenAt']) < at)
      await plan.setIfExists(sessionDocs.collection, sid, { lastSeenAt: at });
  },
  'session.revoke': async ({ sid, at }, plan) => {
    const current = await plan.view.get(sessionDocs.collection, sid);
    if (current && (current['revokedAt'] ?? null) === null)
      await plan.setIfExists(sessionDocs.collection, sid, { revokedAt: at });
  },
  'passwordHistory.set': async ({ record }, plan) => plan.put(passwordHistoryDocs, record),
};
