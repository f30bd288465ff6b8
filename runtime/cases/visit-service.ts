import type { Clock } from '../common/clock.js';
import { InputError, NotFoundError, type ErrorDetail } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { isJsonObject } from '../common/json.js';
import type { VisitRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import type { MechanismCatalog } from './mechanism-catalog.js';

/** 走访记录: staff log visits to enterprises (送政策, 问需求, 四送五问 …) of the kinds their mechanism defines. */
export class VisitService {
  constructor(
    private readonly deps: {
      store: Pick<Store, 'cases' | 'directory' | 'transact'>;
      clock: Clock;
      catalog: MechanismCatalog;
    },
  ) {}

  async record(jurisdiction: string, input: unknown, actor: Actor): Promise<VisitRecord> {
    const { mechanism } = await this.deps.catalog.current(jurisdiction);
    const body = (isJsonObject(input as never) ? input : {}) as Record<string, unknown>;
    const details: ErrorDetail[] = [];
    const kinds = mechanism.services.visitKinds.map((k) => k.id);
    if (typeof body.kind !== 'string' || !kinds.includes(body.kind))
      details.push({ path: '/kind', reason: `one of ${kinds.join(', ') || '(none defined)'}` });
    const items = body.items ?? [];
    if (
      !Array.isArray(items) ||
      items.length > 20 ||
      !items.every((i) => typeof i === 'string' && i.length <= 100)
    ) {
      details.push({ path: '/items', reason: 'up to 20 strings of at most 100 characters' });
    }
    const notes = body.notes ?? '';
    if (typeof notes !== 'string' || notes.length > 4000)
      details.push({ path: '/notes', reason: 'a string of at most 4000 characters' });
    const at = body.at ?? this.deps.clock.now().toISOString();
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)))
      details.push({ path: '/at', reason: 'an ISO date-time' });
    if (details.length) throw new InputError('visit is invalid', details, 'invalid_visit');
    const enterprise =
      typeof body.enterpriseId === 'string'
        ? await this.deps.store.directory.enterprise(body.enterpriseId)
        : null;
    if (!enterprise || enterprise.jurisdiction !== jurisdiction)
      throw new NotFoundError('enterprise not found', [
        { path: '/enterpriseId', reason: 'no such enterprise in this jurisdiction' },
      ]);
    const caseId = typeof body.caseId === 'string' ? body.caseId : null;
    if (caseId) await this.#assertCaseOf(jurisdiction, enterprise.id, caseId);
    const record: VisitRecord = {
      id: newId('visit'),
      jurisdiction,
      enterpriseId: enterprise.id,
      staffId: actor.id,
      kind: body.kind as string,
      at: new Date(at as string).toISOString(),
      items: items as string[],
      notes: notes as string,
      caseId,
    };
    await this.deps.store.transact([{ kind: 'visit.insert', record }]);
    return record;
  }

  /** A visit follows up a case of its own jurisdiction and enterprise (others' ids answer like unknown ones). */
  async #assertCaseOf(jurisdiction: string, enterpriseId: string, caseId: string): Promise<void> {
    const kase = await this.deps.store.cases.get(caseId);
    if (!kase || kase.jurisdiction !== jurisdiction)
      throw new NotFoundError('case not found', [
        { path: '/caseId', reason: 'no such case in this jurisdiction' },
      ]);
    if (kase.enterpriseId !== enterpriseId)
      throw new InputError(
        'the case is not this enterprise’s',
        [{ path: '/caseId', reason: 'a case of the visited enterprise' }],
        'invalid_visit',
      );
  }
}
