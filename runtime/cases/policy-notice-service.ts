import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  type ErrorDetail,
} from '../common/errors.js';
import { stableId } from '../common/ids.js';
import { isJsonObject } from '../common/json.js';
import type { Mechanism } from '../definitions/mechanism.js';
import type { Mutation } from '../store/mutations.js';
import type { PolicyNoticeQuery, PolicyNoticeRecord } from '../store/policy-notices.js';
import type { Page } from '../store/store.js';
import type { Actor } from './actor.js';
import {
  cataloguePolicy,
  pushConfig,
  pushPolicy,
  type PolicyPushDeps,
  type PolicyPushResult,
} from './policy-push-service.js';

/** 送达方式: 上门送达, 电话告知, 线上推送, 集中宣讲. */
export const deliveryWays = ['visit', 'phone', 'online', 'briefing'] as const;

/** A notice as people read it: the policy's title and the enterprise's name beside the ids. */
export interface PolicyNoticeView extends PolicyNoticeRecord {
  policyTitle: string | null;
  enterpriseName: string | null;
}

/** Roles that may record a delivery for any notice (the hub), besides the notice's paired officers. */
const hubRoles = ['dispatcher', 'platform-admin'];

/**
 * 政策告知书: pushes (送政策), deliveries recorded by the paired officers (送达, logged as a visit of
 * the mechanism's kind) and the enterprise's read receipts (回执).
 */
export class PolicyNoticeService {
  constructor(private readonly deps: PolicyPushDeps) {}

  push(jurisdiction: string, policyId: string, actor: Actor): Promise<PolicyPushResult> {
    return pushPolicy(this.deps, jurisdiction, policyId, actor);
  }

  async list(query: PolicyNoticeQuery): Promise<Page<PolicyNoticeView>> {
    const page = await this.deps.store.policyNotices.list(query);
    return { items: await this.#views(query.jurisdiction, page.items), total: page.total };
  }

  /** The officer records that the notice reached the enterprise: when, how, who acknowledged it. */
  async deliver(jurisdiction: string, id: string, input: unknown, actor: Actor): Promise<PolicyNoticeView> {
    const { mechanism } = await this.deps.catalog.current(jurisdiction);
    const config = pushConfig(mechanism);
    const body = (isJsonObject(input as never) ? input : {}) as Record<string, unknown>;
    const details: ErrorDetail[] = [];
    if (!(deliveryWays as readonly unknown[]).includes(body.way))
      details.push({ path: '/way', reason: `one of ${deliveryWays.join(', ')}` });
    const contact = typeof body.acknowledgedBy === 'string' ? body.acknowledgedBy.trim() : '';
    if (contact.length === 0 || contact.length > 50)
      details.push({
        path: '/acknowledgedBy',
        reason: 'the enterprise contact who acknowledged it, 1–50 characters',
      });
    const now = this.deps.clock.now();
    const at = body.at ?? now.toISOString();
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || Date.parse(at) > now.getTime())
      details.push({ path: '/at', reason: 'an ISO date-time, not in the future' });
    if (details.length) throw new InputError('delivery is invalid', details, 'invalid_delivery');
    const notice = await this.#notice(jurisdiction, id);
    if (!notice.officerIds.includes(actor.id) && !actor.roles.some((r) => hubRoles.includes(r)))
      throw new NotAllowedError('only the enterprise’s paired officers or the hub record this delivery', [
        { path: '/id', reason: 'not one of this notice’s paired officers' },
      ]);
    if (notice.deliveredAt !== null)
      throw new ConflictError(
        'the delivery is already recorded',
        [{ path: '/id', reason: `delivered ${notice.deliveredAt}` }],
        'already_delivered',
      );
    const patch = {
      deliveredAt: new Date(at as string).toISOString(),
      deliveredBy: actor.id,
      deliveryWay: body.way as string,
      acknowledgedBy: contact,
    };
    const mutations: Mutation[] = [{ kind: 'policyNotice.update', id, patch }];
    const title = policyTitle(mechanism, notice.policyId);
    if (config.visitKind !== null)
      mutations.push({
        kind: 'visit.insert',
        record: {
          id: stableId('visit', id),
          jurisdiction,
          enterpriseId: notice.enterpriseId,
          staffId: actor.id,
          kind: config.visitKind,
          at: patch.deliveredAt,
          items: [title ?? notice.policyId],
          notes: `政策告知书（${patch.deliveryWay}）签收人：${contact}`,
          caseId: null,
        },
      });
    await this.deps.store.transact(mutations);
    return (await this.#views(jurisdiction, [{ ...notice, ...patch }]))[0]!;
  }

  /** 回执: the enterprise confirms reading a policy pushed to it; reading again keeps the first receipt. */
  async read(jurisdiction: string, id: string, actor: Actor): Promise<PolicyNoticeView> {
    const notice = await this.#notice(jurisdiction, id);
    if (actor.enterpriseId === null || notice.enterpriseId !== actor.enterpriseId)
      throw new NotFoundError('policy notice not found', [
        { path: '/id', reason: 'no such notice for your enterprise' },
      ]);
    if (notice.readAt !== null) return (await this.#views(jurisdiction, [notice]))[0]!;
    const patch = { readAt: this.deps.clock.now().toISOString(), readBy: actor.id };
    await this.deps.store.transact([{ kind: 'policyNotice.update', id, patch }]);
    return (await this.#views(jurisdiction, [{ ...notice, ...patch }]))[0]!;
  }

  /** The policy in the current catalogue (a 404 at /policyId when withdrawn from it). */
  async policy(jurisdiction: string, policyId: string) {
    const { mechanism } = await this.deps.catalog.current(jurisdiction);
    return cataloguePolicy(mechanism, policyId, '/policyId');
  }

  async #notice(jurisdiction: string, id: string): Promise<PolicyNoticeRecord> {
    const notice = await this.deps.store.policyNotices.get(id);
    if (!notice || notice.jurisdiction !== jurisdiction)
      throw new NotFoundError('policy notice not found', [
        { path: '/id', reason: 'no such notice in this jurisdiction' },
      ]);
    return notice;
  }

  async #views(jurisdiction: string, notices: PolicyNoticeRecord[]): Promise<PolicyNoticeView[]> {
    const { mechanism } = await this.deps.catalog.current(jurisdiction);
    const names = new Map<string, string | null>();
    for (const n of notices)
      if (!names.has(n.enterpriseId))
        names.set(n.enterpriseId, (await this.deps.store.directory.enterprise(n.enterpriseId))?.name ?? null);
    return notices.map((n) => ({
      ...n,
      policyTitle: policyTitle(mechanism, n.policyId),
      enterpriseName: names.get(n.enterpriseId) ?? null,
    }));
  }
}

function policyTitle(mechanism: Mechanism, policyId: string): string | null {
  return mechanism.services.policyMatching?.policies.find((p) => p.id === policyId)?.title ?? null;
}
