import { timelineEvent } from './timeline-event.js';
import type { Clock } from '../common/clock.js';
import { InputError, NotAllowedError, NotFoundError, type ErrorDetail } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { isJsonObject, type JsonObject } from '../common/json.js';
import type { Engine } from '../engine/engine.js';
import type { SupervisionOrderRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import type { MechanismCatalog } from './mechanism-catalog.js';
import { validateRevisit } from './revisit-input.js';

/** The shared building block that routes a supervision order to its target group's inbox. */
export const supervisionProcessId = 'shared-supervision-order';

export interface IssueSupervision {
  kind: SupervisionOrderRecord['kind'];
  instruction: string;
  targetGroup: string;
  workingDays?: number;
}

/**
 * 督办单 / 领导批示: first-class records on a case with their own working-day deadline, answered
 * by the target group from its inbox (via the shared supervision-order process). 回访督导: revisits
 * of any case by the mechanism's revisit groups, recorded on its timeline without holding it open.
 */
export class SupervisionService {
  constructor(
    private readonly deps: {
      store: Pick<Store, 'cases' | 'transact'>;
      engine: Engine;
      clock: Clock;
      catalog: MechanismCatalog;
    },
  ) {}

  /** 回访督导 of a case by a revisit group member (see `recordRevisit`). */
  async revisit(caseId: string, input: unknown, actor: Actor): Promise<{ revisitId: string }> {
    return recordRevisit(this.deps, caseId, input, actor);
  }

  async issue(caseId: string, input: unknown, actor: Actor): Promise<SupervisionOrderRecord> {
    const kase = await this.deps.store.cases.get(caseId);
    if (!kase) throw new NotFoundError('case not found');
    const { mechanism, calendar, namespace } = await this.deps.catalog.version(
      kase.jurisdiction,
      kase.definitionVersion,
    );
    const order = parse(
      input,
      mechanism.groups.map((g) => g.id),
      mechanism.supervision.defaultWorkingDays,
    );
    const allowed = order.kind === 'leader-instruction' ? ['leader'] : mechanism.supervision.issuerRoles;
    if (!actor.roles.some((r) => allowed.includes(r)))
      throw new NotAllowedError(`only ${allowed.join('/')} may issue this`);
    const now = this.deps.clock.now();
    const record: SupervisionOrderRecord = {
      id: newId('sup'),
      jurisdiction: kase.jurisdiction,
      caseId,
      issuedBy: actor.id,
      issuedAt: now.toISOString(),
      kind: order.kind,
      instruction: order.instruction,
      targetGroup: order.targetGroup,
      dueAt: calendar.addWorkingDays(now, order.workingDays).toISOString(),
      status: 'open',
      answeredAt: null,
      answeredBy: null,
      answer: null,
    };
    const eventType = order.kind === 'leader-instruction' ? 'leader-instruction' : 'supervision.issued';
    await this.deps.engine.start({
      namespace,
      processId: supervisionProcessId,
      businessKey: caseId,
      idempotencyKey: record.id,
      variables: {
        caseId,
        jurisdiction: kase.jurisdiction,
        definitionVersion: kase.definitionVersion,
        supervisionId: record.id,
        targetGroup: record.targetGroup,
        dueAt: record.dueAt,
        instruction: record.instruction,
      },
      effects: [
        { kind: 'supervision.insert', record },
        timelineEvent({
          case: kase,
          at: record.issuedAt,
          actor: actor.id,
          type: eventType,
          data: {
            supervisionId: record.id,
            instruction: record.instruction,
            targetGroup: record.targetGroup,
            dueAt: record.dueAt,
          },
          key: [record.id],
        }),
      ],
    });
    return record;
  }
}

/**
 * 回访督导 (e.g. 蓟州 四（三） "市、区两级有关部门将对各单位落实机制情况以及企业满意度进行回访，对…推诿扯皮、
 * 不担当不作为等情况及时移交相关部门处理"): a sampled check of any case, open or closed — it never
 * reopens or holds the case. Records `revisit.recorded`, and `misconduct.transferred` for a 移交.
 */
export async function recordRevisit(
  deps: { store: Pick<Store, 'cases' | 'transact'>; clock: Clock; catalog: MechanismCatalog },
  caseId: string,
  input: unknown,
  actor: Actor,
): Promise<{ revisitId: string }> {
  const kase = await deps.store.cases.get(caseId);
  if (!kase) throw new NotFoundError('case not found');
  const { mechanism } = await deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
  const revisits = mechanism.supervision.revisits;
  if (!revisits)
    throw new NotFoundError(`${mechanism.id} has no supervisory revisits (supervision.revisits)`);
  const group = revisits.groups.find((g) => actor.groups.includes(g));
  if (!group) throw new NotAllowedError(`only ${revisits.groups.join('/')} revisit cases`);
  const revisit = validateRevisit(
    input,
    mechanism.evaluation,
    mechanism.groups.map((g) => g.id),
  );
  const at = deps.clock.now().toISOString();
  const revisitId = newId('rv');
  const event = (type: string, data: JsonObject) =>
    timelineEvent({ case: kase, at, actor: actor.id, type, data, key: [revisitId] });
  const { transfer } = revisit;
  await deps.store.transact([
    event('revisit.recorded', {
      revisitId,
      group,
      level: revisit.level,
      implementation: revisit.implementation,
      caseStatus: kase.status,
    }),
    ...(transfer ? [event('misconduct.transferred', { revisitId, ...transfer })] : []),
  ]);
  return { revisitId };
}

function parse(input: unknown, groups: string[], defaultDays: number): Required<IssueSupervision> {
  const body = (isJsonObject(input as never) ? input : {}) as Record<string, unknown>;
  const details: ErrorDetail[] = [];
  const kind = body.kind ?? 'supervision';
  if (kind !== 'supervision' && kind !== 'leader-instruction')
    details.push({ path: '/kind', reason: 'supervision or leader-instruction' });
  const instruction = body.instruction;
  if (typeof instruction !== 'string' || instruction.trim().length < 2 || instruction.length > 2000) {
    details.push({ path: '/instruction', reason: '2..2000 characters' });
  }
  const targetGroup = body.targetGroup;
  if (typeof targetGroup !== 'string' || !groups.includes(targetGroup))
    details.push({ path: '/targetGroup', reason: `one of ${groups.join(', ')}` });
  const workingDays = body.workingDays ?? defaultDays;
  if (
    typeof workingDays !== 'number' ||
    !Number.isInteger(workingDays) ||
    workingDays < 1 ||
    workingDays > 60
  ) {
    details.push({ path: '/workingDays', reason: 'an integer 1..60' });
  }
  if (details.length) throw new InputError('supervision order is invalid', details, 'invalid_supervision');
  return {
    kind: kind as IssueSupervision['kind'],
    instruction: String(instruction).trim(),
    targetGroup: String(targetGroup),
    workingDays: Number(workingDays),
  };
}
