import { timelineEvent } from './timeline-event.js';
import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../common/errors.js';
import { newId, stableId } from '../common/ids.js';
import type { JsonObject } from '../common/json.js';
import { isJsonObject } from '../common/json.js';
import type { Engine } from '../engine/engine.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseEventRecord, CaseRecord, RatingRecord, TaskRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import { caseMessages } from './case-messages.js';
import { FormValidator } from './form-validator.js';
import { assertEnterpriseOf, assertSameSubmission } from './submission-checks.js';
import type { MechanismCatalog } from './mechanism-catalog.js';
import type { TaskProjector } from './task-projector.js';
import { ratingId, ratingRoundOf } from './rating-round.js';
import { numberCase } from './case-numbering.js';
import { validateRating } from './rating-input.js';

export interface SubmitRequest {
  jurisdiction: string;
  channel: string;
  title: string;
  data: unknown;
  enterpriseId?: string | null;
  idempotencyKey?: string;
  /**
   * Writes committing with a new case only (the HTTP request's audit entry); not called when an
   * Idempotency-Key names an existing case.
   */
  alongside?: () => Mutation[];
}

export interface CaseDetail {
  case: CaseRecord;
  timeline: CaseEventRecord[];
  tasks: TaskRecord[];
  rating: RatingRecord | null;
  workingDaysLeft: number | null;
  /** What the case waits for from the enterprise: its rating or supplementary materials. */
  awaiting: 'rating' | 'supplement' | null;
}

export interface CaseServiceDeps {
  store: Pick<Store, 'cases' | 'directory' | 'engine' | 'events' | 'jurisdictions' | 'ratings' | 'tasks'>;
  engine: Engine;
  clock: Clock;
  catalog: MechanismCatalog;
  projector: TaskProjector;
}

/** The use cases of a request (诉求): submit, supplement, rate, read (its tasks: TaskService). */
export class CaseService {
  #forms = new FormValidator();

  constructor(private readonly deps: CaseServiceDeps) {}

  async submit(request: SubmitRequest, actor: Actor): Promise<CaseRecord> {
    const { store, engine, clock, catalog, projector } = this.deps;
    const active = await catalog.current(request.jurisdiction);
    if ((await store.jurisdictions.get(request.jurisdiction))?.status === 'archived')
      throw new ConflictError(
        '辖区已停用，不再受理新诉求',
        [{ path: '/jurisdiction', reason: '辖区已停用' }],
        'jurisdiction_archived',
      );
    const { mechanism } = active;
    if (!mechanism.channels.some((c) => c.id === request.channel)) {
      throw new InputError('unknown channel', [
        { path: '/channel', reason: `must be one of ${mechanism.channels.map((c) => c.id).join(', ')}` },
      ]);
    }
    const title = request.title.trim();
    if (title.length < 2 || title.length > 200)
      throw new InputError('title must be 2 to 200 characters', [
        { path: '/title', reason: 'length 2..200' },
      ]);
    const intake = active.forms.get(mechanism.intakeForm);
    if (!intake) throw new NotFoundError(`intake form '${mechanism.intakeForm}' missing`);
    this.#forms.validate(intake.schema, request.data, '/data');
    await assertEnterpriseOf(store, request.jurisdiction, request.enterpriseId);
    const id = request.idempotencyKey
      ? stableId('case', request.jurisdiction, actor.id, request.idempotencyKey)
      : newId('case');
    const data = request.data as JsonObject;
    const enterpriseId = request.enterpriseId ?? actor.enterpriseId;
    // only a retried key can name a case that exists; a fresh id cannot
    const existing = request.idempotencyKey ? await store.cases.get(id) : null;
    if (existing) {
      assertSameSubmission(existing, { channel: request.channel, title, data, enterpriseId });
      return existing;
    }
    const at = clock.now().toISOString();
    const record: CaseRecord = {
      id,
      jurisdiction: request.jurisdiction,
      definitionVersion: active.version,
      processId: mechanism.caseProcess,
      instanceKey: stableId('inst', id),
      caseNumber: null,
      status: 'open',
      channel: request.channel,
      title,
      enterpriseId,
      submittedBy: actor.id,
      requestClass: null,
      tier: null,
      deadlineAt: null,
      deadlineWorkingDays: null,
      slaPausedAt: null,
      answeredAt: null,
      data,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      outcome: null,
    };
    projector.remember(id, request.jurisdiction);
    const effects: Mutation[] = [
      { kind: 'case.insert', record },
      numberCase(mechanism, record),
      this.#event(record, at, actor, 'submitted', { channel: request.channel }),
      ...(request.alongside?.() ?? []),
    ];
    const variables = {
      caseId: id,
      jurisdiction: request.jurisdiction,
      definitionVersion: active.version,
      channel: request.channel,
      title,
      data,
    };
    try {
      // The process of this very version (pinned), never the newest process with that id.
      await engine.start({
        namespace: active.namespace,
        processId: mechanism.caseProcess,
        businessKey: id,
        variables,
        effects,
      });
    } finally {
      projector.forget(id);
    }
    return (await store.cases.get(id)) ?? record;
  }

  async rate(caseId: string, input: unknown, actor: Actor): Promise<RatingRecord> {
    const kase = await this.#case(caseId);
    if (actor.enterpriseId !== kase.enterpriseId && actor.id !== kase.submittedBy)
      throw new NotAllowedError('only the requesting enterprise may rate');
    const round = ratingRoundOf(await this.deps.store.events.listForCase(caseId));
    if (((await this.deps.store.ratings.forCase(caseId))?.round ?? -1) >= round)
      throw new ConflictError('case is already rated in this round', [], 'already_rated');
    const { mechanism } = await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
    const rating = validateRating(input, mechanism.evaluation);
    const at = this.deps.clock.now().toISOString();
    const record: RatingRecord = {
      id: ratingId(caseId, round),
      caseId,
      jurisdiction: kase.jurisdiction,
      ...rating,
      auto: false,
      at,
      by: actor.id,
      round,
    };
    const correlated = await this.deps.engine.publishMessage({
      name: caseMessages.rated,
      correlationKey: caseId,
      variables: { rating: { level: rating.level, stars: rating.stars, auto: false } },
      effects: [
        { kind: 'rating.insert', record },
        this.#event(kase, at, actor, 'rated', { level: rating.level, stars: rating.stars, auto: false }),
      ],
    });
    if (!correlated) throw new ConflictError('case is not awaiting a rating', [], 'not_awaiting_rating');
    return record;
  }

  async supplement(caseId: string, data: unknown, actor: Actor): Promise<void> {
    const kase = await this.#case(caseId);
    if (actor.enterpriseId !== kase.enterpriseId && actor.id !== kase.submittedBy)
      throw new NotAllowedError('only the requesting enterprise may supplement');
    if (!isJsonObject(data as never))
      throw new InputError('data must be an object', [{ path: '/data', reason: 'must be object' }]);
    const at = this.deps.clock.now().toISOString();
    const { mechanism } = await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
    const correlated = await this.deps.engine.publishMessage({
      name: caseMessages.supplementProvided,
      correlationKey: caseId,
      // The request is complete now: with sla.pausesForSupplement its clock starts from here.
      variables: {
        supplement: data as JsonObject,
        ...(mechanism.sla.pausesForSupplement ? { slaStartAt: at } : {}),
      },
      effects: [this.#event(kase, at, actor, 'supplemented', data as JsonObject, newId('k'))],
    });
    if (!correlated)
      throw new ConflictError('case is not awaiting supplementary materials', [], 'not_awaiting_supplement');
  }

  async detail(caseId: string): Promise<CaseDetail> {
    const kase = await this.#case(caseId);
    const [timeline, tasks, rating] = await Promise.all([
      this.deps.store.events.listForCase(caseId),
      this.deps.store.tasks.list({ jurisdiction: kase.jurisdiction, caseId, limit: 500 }),
      this.deps.store.ratings.forCase(caseId),
    ]);
    return {
      case: kase,
      timeline,
      tasks: tasks.items,
      rating,
      workingDaysLeft: await this.workingDaysLeft(kase.jurisdiction, kase.deadlineAt, kase.status === 'open'),
      awaiting: await this.#awaiting(caseId),
    };
  }

  async #awaiting(caseId: string): Promise<CaseDetail['awaiting']> {
    const waits = async (name: string) =>
      (await this.deps.store.engine.subscriptions(name, caseId)).length > 0;
    if (await waits(caseMessages.rated)) return 'rating';
    if (await waits(caseMessages.supplementProvided)) return 'supplement';
    return null;
  }

  /** Working days until a deadline (negative when overdue), on the jurisdiction's calendar. */
  async workingDaysLeft(
    jurisdiction: string,
    deadlineAt: string | null,
    open = true,
  ): Promise<number | null> {
    if (!deadlineAt || !open) return null;
    const { calendar } = await this.deps.catalog.current(jurisdiction);
    const now = this.deps.clock.now();
    const deadline = new Date(deadlineAt);
    if (now > deadline) return -calendar.workingDaysOverdue(deadline, now);
    return calendar.workingDaysBetween(now, new Date(deadline.getTime() - 1));
  }

  async #case(caseId: string): Promise<CaseRecord> {
    const kase = await this.deps.store.cases.get(caseId);
    if (!kase) throw new NotFoundError(`case '${caseId}' not found`);
    return kase;
  }

  #event(kase: CaseRecord, at: string, actor: Actor, type: string, data: JsonObject, key = type): Mutation {
    return timelineEvent({ case: kase, at, actor: actor.id, type, data, key: [key, at] });
  }
}
