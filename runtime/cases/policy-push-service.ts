import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotFoundError } from '../common/errors.js';
import { stableId } from '../common/ids.js';
import { dayNumberAtMs, formatLocalDate } from '../calendar/local-day.js';
import type { CataloguePolicy, Mechanism } from '../definitions/mechanism.js';
import type { Mutation } from '../store/mutations.js';
import { pushedNotice } from '../store/policy-notices.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import type { MechanismCatalog } from './mechanism-catalog.js';
import { matchPolicies } from './policy-matcher.js';

export interface PolicyPushDeps {
  store: Pick<Store, 'directory' | 'policyNotices' | 'transact'>;
  clock: Clock;
  catalog: MechanismCatalog;
}

/** What one push did: the enterprises that qualify, the notices new now, those without a paired officer. */
export interface PolicyPushResult {
  policyId: string;
  matched: number;
  created: number;
  /** Enterprises (ids) that qualify but have no paired officer: the hub delivers to them. */
  unpaired: string[];
}

/** The notice of a policy for an enterprise: one per pair, whoever pushes it and however often. */
export function noticeId(jurisdiction: string, policyId: string, enterpriseId: string): string {
  return stableId('notice', jurisdiction, policyId, enterpriseId);
}

/** The jurisdiction's local date today, `YYYY-MM-DD`. */
export function localToday(mechanism: Mechanism, clock: Clock): string {
  return formatLocalDate(dayNumberAtMs(clock.now().getTime(), mechanism.calendar.utcOffsetMinutes));
}

/** The mechanism's 送政策 configuration, or a 409 naming it when the mechanism has none. */
export function pushConfig(mechanism: Mechanism): NonNullable<Mechanism['services']['policyPush']> {
  const config = mechanism.services.policyPush;
  if (!config)
    throw new ConflictError(
      'this mechanism does not push policies (services.policyPush)',
      [{ path: '/services/policyPush', reason: 'not configured for this jurisdiction' }],
      'policy_push_unavailable',
    );
  return config;
}

/** The catalogue policy `policyId`, or a 404 at `path`. */
export function cataloguePolicy(mechanism: Mechanism, policyId: string, path: string): CataloguePolicy {
  const policy = mechanism.services.policyMatching?.policies.find((p) => p.id === policyId);
  if (!policy) throw new NotFoundError('policy not found', [{ path, reason: 'no such catalogue policy' }]);
  return policy;
}

/**
 * 送政策 / 惠企政策直达: pushes a catalogue policy in force today to every enterprise of the
 * jurisdiction that qualifies for it (its tags and rule, as the 政策计算器 matches), one 政策告知书
 * per enterprise naming its paired officers (包联) who deliver it. Pushing again writes nothing for
 * enterprises already reached, and reaches those that qualify since.
 */
export async function pushPolicy(
  deps: PolicyPushDeps,
  jurisdiction: string,
  policyId: string,
  actor: Actor,
): Promise<PolicyPushResult> {
  const { mechanism } = await deps.catalog.current(jurisdiction);
  pushConfig(mechanism);
  const policy = cataloguePolicy(mechanism, policyId, '/policyId');
  const today = localToday(mechanism, deps.clock);
  if ((policy.issuedOn ?? today) > today || today > (policy.validUntil ?? today))
    throw new InputError(
      'the policy is not in force today',
      [{ path: '/policyId', reason: `in force ${policy.issuedOn ?? '…'} to ${policy.validUntil ?? '…'}` }],
      'policy_not_in_force',
    );
  const only: Mechanism = {
    ...mechanism,
    services: {
      ...mechanism.services,
      policyMatching: { policies: [policy], source: policy.source },
    },
  };
  const [enterprises, pairings] = await Promise.all([
    deps.store.directory.enterprises(jurisdiction),
    deps.store.directory.pairings(jurisdiction),
  ]);
  const officers = new Map<string, string[]>();
  for (const p of pairings)
    officers.set(p.enterpriseId, [...(officers.get(p.enterpriseId) ?? []), p.staffId]);
  const pushedAt = deps.clock.now().toISOString();
  const mutations: Mutation[] = [];
  const unpaired: string[] = [];
  let matched = 0;
  for (const enterprise of enterprises) {
    if ((await matchPolicies(only, enterprise, today)).length === 0) continue;
    matched += 1;
    const officerIds = [...(officers.get(enterprise.id) ?? [])].sort();
    if (officerIds.length === 0) unpaired.push(enterprise.id);
    const id = noticeId(jurisdiction, policy.id, enterprise.id);
    if (await deps.store.policyNotices.get(id)) continue;
    const record = pushedNotice({
      id,
      jurisdiction,
      policyId: policy.id,
      enterpriseId: enterprise.id,
      officerIds,
      pushedBy: actor.id,
      pushedAt,
    });
    mutations.push({ kind: 'policyNotice.insert', record });
  }
  if (mutations.length > 0) await deps.store.transact(mutations);
  return { policyId: policy.id, matched, created: mutations.length, unpaired };
}
