import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotAllowedError, type ErrorDetail } from '../common/errors.js';
import { isJsonObject } from '../common/json.js';
import type { Mechanism } from '../definitions/mechanism.js';
import type { RuleSource } from '../definitions/rule-source.js';
import { isMonth, shiftMonth } from '../common/calendar-month.js';
import { policyCollectionId, type PolicyCollectionRecord } from '../store/policy-collections.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import type { MechanismCatalog } from './mechanism-catalog.js';
import { localToday } from './policy-push-service.js';

export interface PolicyCollectionDeps {
  store: Pick<Store, 'directory' | 'policyCollections' | 'transact'>;
  clock: Clock;
  catalog: MechanismCatalog;
}

/** One month's duty: done (recorded), open (the current month) or missed (a past month not recorded). */
export interface PolicyCollectionMonth {
  month: string;
  /** The month's last local day: the collection is due by then. */
  dueOn: string;
  status: 'done' | 'open' | 'missed';
  record: (PolicyCollectionRecord & { recordedByName: string | null; policyTitles: string[] }) | null;
}

export interface PolicyCollectionYear {
  jurisdiction: string;
  year: string;
  group: string;
  groupName: string;
  source: RuleSource;
  /** Newest first: from the first month the platform knows of (the first recorded, else this one). */
  months: PolicyCollectionMonth[];
}

const maxNote = 500;

/**
 * 每月收集整理企业服务政策 (苏州 2.): each month the collecting group records the policies it
 * collected into the catalogue — or that none was new. The month's duty is open until recorded and
 * missed when the month ended without a record; a month is recorded once.
 */
export class PolicyCollectionService {
  constructor(private readonly deps: PolicyCollectionDeps) {}

  /** The months of `year` (default: the current local year) up to the current month, newest first. */
  async year(jurisdiction: string, year?: string): Promise<PolicyCollectionYear> {
    const { mechanism } = await this.deps.catalog.current(jurisdiction);
    const config = collectionConfig(mechanism);
    const current = localToday(mechanism, this.deps.clock).slice(0, 7);
    const wanted = year ?? current.slice(0, 4);
    if (!/^\d{4}$/.test(wanted))
      throw new InputError('year must be YYYY', [{ path: '/year', reason: 'YYYY' }]);
    const first = (await this.deps.store.policyCollections.firstMonth(jurisdiction)) ?? current;
    const from = [first, `${wanted}-01`].sort()[1]!;
    const to = [current, `${wanted}-12`].sort()[0]!;
    const records = from <= to ? await this.deps.store.policyCollections.list(jurisdiction, from, to) : [];
    const byMonth = new Map(records.map((r) => [r.month, r]));
    const months: PolicyCollectionMonth[] = [];
    for (let m = to; m >= from; m = shiftMonth(m, -1)) {
      const record = byMonth.get(m);
      months.push({
        month: m,
        dueOn: lastDayOf(m),
        status: record ? 'done' : m === current ? 'open' : 'missed',
        record: record ? await this.#view(mechanism, record) : null,
      });
    }
    const group = mechanism.groups.find((g) => g.id === config.group);
    return {
      jurisdiction,
      year: wanted,
      group: config.group,
      groupName: group?.label.zh ?? config.group,
      source: config.source,
      months,
    };
  }

  /** Staff of the collecting group record `month` (this month or an earlier one), once. */
  async record(
    jurisdiction: string,
    month: string,
    input: unknown,
    actor: Actor,
  ): Promise<PolicyCollectionMonth> {
    const { mechanism } = await this.deps.catalog.current(jurisdiction);
    const config = collectionConfig(mechanism);
    const current = localToday(mechanism, this.deps.clock).slice(0, 7);
    const body = (isJsonObject(input as never) ? input : {}) as Record<string, unknown>;
    const details: ErrorDetail[] = [];
    if (!isMonth(month) || month > current)
      details.push({ path: '/month', reason: `a month (YYYY-MM) not after ${current}` });
    const catalogue = new Set(mechanism.services.policyMatching?.policies.map((p) => p.id) ?? []);
    const policyIds = Array.isArray(body.policyIds) ? body.policyIds : null;
    if (policyIds === null) details.push({ path: '/policyIds', reason: 'a list of catalogue policy ids' });
    policyIds?.forEach((id, i) => {
      if (typeof id !== 'string' || !catalogue.has(id) || policyIds.indexOf(id) !== i)
        details.push({
          path: `/policyIds/${i}`,
          reason: 'a catalogue policy (services.policyMatching), once',
        });
    });
    const note = typeof body.note === 'string' ? body.note.trim() : body.note === undefined ? '' : null;
    if (note === null || note.length > maxNote)
      details.push({ path: '/note', reason: `text of at most ${maxNote} characters` });
    if (details.length)
      throw new InputError('policy collection is invalid', details, 'invalid_policy_collection');
    if (!actor.groups.includes(config.group))
      throw new NotAllowedError('only staff of the collecting group record the monthly collection', [
        { path: '/month', reason: `not a member of ${config.group}` },
      ]);
    const id = policyCollectionId(jurisdiction, month);
    const existing = await this.deps.store.policyCollections.get(id);
    if (existing)
      throw new ConflictError(
        'this month’s collection is already recorded',
        [{ path: '/month', reason: `recorded ${existing.recordedAt}` }],
        'already_collected',
      );
    const record: PolicyCollectionRecord = {
      id,
      jurisdiction,
      month,
      group: config.group,
      recordedBy: actor.id,
      recordedAt: this.deps.clock.now().toISOString(),
      policyIds: policyIds as string[],
      note: note ?? '',
    };
    await this.deps.store.transact([{ kind: 'policyCollection.insert', record }]);
    return { month, dueOn: lastDayOf(month), status: 'done', record: await this.#view(mechanism, record) };
  }

  async #view(mechanism: Mechanism, record: PolicyCollectionRecord) {
    const titles = new Map(mechanism.services.policyMatching?.policies.map((p) => [p.id, p.title]) ?? []);
    const user = await this.deps.store.directory.user(record.recordedBy);
    return {
      ...record,
      recordedByName: user?.displayName ?? null,
      policyTitles: record.policyIds.map((id) => titles.get(id) ?? id),
    };
  }
}

/** The mechanism's monthly collection, or a 409 naming it when its text asks for none. */
export function collectionConfig(
  mechanism: Mechanism,
): NonNullable<Mechanism['services']['policyCollection']> {
  const config = mechanism.services.policyCollection;
  if (!config)
    throw new ConflictError(
      `${mechanism.id}'s policy text asks for no monthly policy collection`,
      [{ path: '/services/policyCollection', reason: 'not configured for this jurisdiction' }],
      'policy_collection_unavailable',
    );
  return config;
}

/** The last day of `YYYY-MM`, `YYYY-MM-DD`. */
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
