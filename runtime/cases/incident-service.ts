import { timelineEvent } from './timeline-event.js';
import type { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import type { Engine } from '../engine/engine.js';
import type { CaseEventRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';

/** An engine incident (a job out of retries, an uncaught BPMN error) still waiting for an admin. */
export interface OpenIncident {
  incidentKey: string;
  jobKey: string | null;
  caseId: string;
  caseTitle: string;
  elementId: string;
  message: string;
  at: string;
}

/** Cases with incidents read per call: incidents are rare, and each is one case's events. */
const caseLimit = 200;

const text = (data: CaseEventRecord['data'], key: string): string | null => {
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
};

/**
 * Incidents surfaced to the admin, on either engine: each is an `incident` case event (written by
 * the engine's projector) until an `incident.resolved` event names it. Retrying gives the failed
 * job another attempt through the engine port and records who did it on the case's timeline.
 */
export class IncidentService {
  constructor(
    private readonly deps: { store: Pick<Store, 'cases' | 'events'>; engine: Engine; clock: Clock },
  ) {}

  async open(jurisdiction: string): Promise<OpenIncident[]> {
    const { store } = this.deps;
    const { items } = await store.cases.list({ jurisdiction, withEventType: 'incident', limit: caseLimit });
    const open: OpenIncident[] = [];
    for (const kase of items) {
      const events = await store.events.listForCase(kase.id);
      const resolved = new Set(
        events.filter((e) => e.type === 'incident.resolved').map((e) => text(e.data, 'incidentKey')),
      );
      for (const e of events) {
        const incidentKey = text(e.data, 'incidentKey');
        if (e.type !== 'incident' || incidentKey === null || resolved.has(incidentKey)) continue;
        open.push({
          incidentKey,
          jobKey: text(e.data, 'jobKey'),
          caseId: kase.id,
          caseTitle: kase.title,
          elementId: text(e.data, 'elementId') ?? '',
          message: text(e.data, 'message') ?? '',
          at: e.at,
        });
      }
    }
    return open.sort((a, b) => b.at.localeCompare(a.at) || a.incidentKey.localeCompare(b.incidentKey));
  }

  /** Retry an open incident of the jurisdiction; NotFoundError when there is none by that key. */
  async retry(jurisdiction: string, incidentKey: string, actor: Actor): Promise<OpenIncident> {
    const incident = (await this.open(jurisdiction)).find((i) => i.incidentKey === incidentKey);
    if (!incident) throw new NotFoundError(`no open incident '${incidentKey}'`);
    const resolved = timelineEvent({
      case: { id: incident.caseId, jurisdiction },
      at: this.deps.clock.now().toISOString(),
      actor: actor.id,
      type: 'incident.resolved',
      data: { incidentKey, action: 'retry' },
      key: [incidentKey],
    });
    await this.deps.engine.retryIncident({ incidentKey, jobKey: incident.jobKey }, [resolved]);
    return incident;
  }
}
