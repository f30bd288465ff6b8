/**
 * 送政策 / 政策告知书 in scenarios: the givens (catalogue policies the jurisdiction's admin published,
 * enterprises of the directory with their tags), the actions (push, deliver, read) through the
 * platform's policy-notice service, and `expectPolicyNotices`; 每月政策收集 (`collectPolicies`,
 * `expectPolicyCollections`).
 */
import { noticeId } from '../cases/policy-push-service.js';
import type { RawDefinitionBundle } from '../definitions/definition-bundle.js';
import type { Mutation } from '../store/mutations.js';
import type { Store } from '../store/store.js';
import { actor, mismatch, type ScenarioContext } from './scenario-context.js';
import type { ActionBodies, Scenario, StepBodies } from './scenario.js';

/** The bundle with the scenario's `catalogue` policies added to the mechanism's catalogue. */
export function withCatalogue(raw: RawDefinitionBundle, scenario: Scenario): RawDefinitionBundle {
  if (!scenario.catalogue?.length) return raw;
  const bundle = structuredClone(raw);
  const services = (bundle.mechanism as { services?: { policyMatching?: { policies: unknown[] } | null } })
    .services;
  if (!services?.policyMatching)
    throw mismatch('the scenario gives a catalogue, but the mechanism has no services.policyMatching');
  services.policyMatching.policies.push(...scenario.catalogue);
  return bundle;
}

/** The scenario's `enterprises`, written to the directory with their tags. */
export async function seedEnterprises(store: Store, jurisdiction: string, scenario: Scenario): Promise<void> {
  const entries = Object.entries(scenario.enterprises ?? {});
  const mutations = entries.map(([id, e], index): Mutation => ({
    kind: 'enterprise.upsert',
    record: {
      id,
      jurisdiction,
      creditCode: `SCENARIO${String(index).padStart(10, '0')}`,
      name: e.name,
      scale: e.scale ?? null,
      industry: null,
      area: null,
      tags: e.tags,
    },
  }));
  if (mutations.length > 0) await store.transact(mutations);
}

type PushActions = Pick<
  { [K in keyof ActionBodies]: (ctx: ScenarioContext, body: ActionBodies[K]) => Promise<void> },
  'pushPolicy' | 'deliverPolicy' | 'readPolicy' | 'collectPolicies'
>;

export const policyPushActions: PushActions = {
  async pushPolicy(ctx, body) {
    await ctx.platform.policyNotices.push(ctx.jurisdiction, body.policy, actor(ctx, body.as));
  },
  async deliverPolicy(ctx, body) {
    const { as, policy, enterprise, ...input } = body;
    const id = noticeId(ctx.jurisdiction, policy, enterprise);
    await ctx.platform.policyNotices.deliver(ctx.jurisdiction, id, input, actor(ctx, as));
  },
  async readPolicy(ctx, body) {
    const reader = actor(ctx, body.as);
    if (!reader.enterpriseId) throw mismatch(`actor '${body.as}' has no enterpriseId`);
    const id = noticeId(ctx.jurisdiction, body.policy, reader.enterpriseId);
    await ctx.platform.policyNotices.read(ctx.jurisdiction, id, reader);
  },
  async collectPolicies(ctx, body) {
    const input = { policyIds: body.policies, note: body.note ?? '' };
    await ctx.platform.policyCollections.record(ctx.jurisdiction, body.month, input, actor(ctx, body.as));
  },
};

/** Exactly these months of the current year's 每月政策收集, newest first, with the policies given. */
export async function expectPolicyCollections(
  ctx: ScenarioContext,
  body: StepBodies['expectPolicyCollections'],
): Promise<void> {
  const { months } = await ctx.platform.policyCollections.year(ctx.jurisdiction);
  const shown = months.map((m, i) => ({
    month: m.month,
    status: m.status,
    ...(body.months[i]?.policies === undefined ? {} : { policies: m.record?.policyIds ?? [] }),
  }));
  if (JSON.stringify(shown) !== JSON.stringify(body.months))
    throw mismatch(
      `policy collections ${JSON.stringify(shown)}, expected ${JSON.stringify(body.months)}`,
      body.months,
      shown,
    );
}

/** Exactly these notices of the policy (by enterprise), each with the fields given. */
export async function expectPolicyNotices(
  ctx: ScenarioContext,
  body: StepBodies['expectPolicyNotices'],
): Promise<void> {
  const page = await ctx.platform.store.policyNotices.list({
    jurisdiction: ctx.jurisdiction,
    policyId: body.policy,
    limit: 500,
  });
  const actual = page.items
    .map((n) => ({
      enterprise: n.enterpriseId,
      officers: n.officerIds,
      deliveryWay: n.deliveryWay,
      read: n.readAt !== null,
    }))
    .sort((a, b) => (a.enterprise < b.enterprise ? -1 : 1));
  const want = [...body.notices].sort((a, b) => (a.enterprise < b.enterprise ? -1 : 1));
  const shown = actual.map((a, i) => {
    const w = want[i];
    return Object.fromEntries(
      Object.entries(a).filter(([k]) => k === 'enterprise' || (w !== undefined && k in w)),
    );
  });
  if (JSON.stringify(shown) !== JSON.stringify(want))
    throw mismatch(
      `policy ${body.policy}: notices ${JSON.stringify(shown)}, expected ${JSON.stringify(want)}`,
      want,
      shown,
    );
  if (body.visits !== undefined) {
    const kind = (await ctx.platform.catalog.current(ctx.jurisdiction)).mechanism.services.policyPush
      ?.visitKind;
    const visits = kind
      ? (await ctx.platform.store.visits.list({ jurisdiction: ctx.jurisdiction, kind, limit: 500 })).total
      : 0;
    if (visits !== body.visits)
      throw mismatch(
        `${kind ?? '(no kind)'} visits: ${visits}, expected ${body.visits}`,
        body.visits,
        visits,
      );
  }
}
