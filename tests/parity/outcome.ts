/**
 * What a scenario run leaves behind, in engine-neutral terms, so an embedded run and a Zeebe run
 * of the same scenario can be compared: the tasks each case got (in creation order, by BPMN element
 * id, with their groups, due dates and end states), the timeline's event types, and each case's
 * final state. Ids, instance keys and engine-specific incident texts are left out.
 */
import type { Platform } from '../../runtime/bootstrap/platform.js';
import type { PlatformFactory } from '../../runtime/scenarios/scenario-runner.js';

export interface CaseOutcome {
  status: string;
  outcome: string | null;
  tier: string | null;
  requestClass: string | null;
  deadlineAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  tasks: string[];
  events: string[];
}

export type ScenarioOutcome = CaseOutcome[];

async function snapshot(platform: Platform, jurisdiction: string): Promise<ScenarioOutcome> {
  const { items: cases } = await platform.store.cases.list({ jurisdiction, limit: 500 });
  const out: ScenarioOutcome = [];
  for (const c of [...cases].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title),
  )) {
    const { items: tasks } = await platform.store.tasks.list({ jurisdiction, caseId: c.id, limit: 500 });
    const events = await platform.store.events.listForCase(c.id);
    out.push({
      status: c.status,
      outcome: c.outcome,
      tier: c.tier,
      requestClass: c.requestClass,
      deadlineAt: c.deadlineAt,
      answeredAt: c.answeredAt,
      closedAt: c.closedAt,
      tasks: tasks
        .map(
          (t) =>
            `${t.createdAt} ${t.elementId} [${[...t.candidateGroups].sort().join(',')}] due=${t.dueAt ?? '-'} ${t.status}`,
        )
        .sort(),
      events: events.map((e) => `${e.at} ${e.type}`).sort(),
    });
  }
  // Cases created at the same instant have random ids: compare them as a set, in content order.
  return out.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Wraps a platform factory so the run's outcome is captured just before the platform closes. */
export function observing(
  factory: PlatformFactory,
  jurisdiction: string,
): { factory: PlatformFactory; outcome: () => ScenarioOutcome | null } {
  let captured: ScenarioOutcome | null = null;
  return {
    outcome: () => captured,
    factory: async (env) => {
      const platform = await factory(env);
      const close = platform.close.bind(platform);
      platform.close = async () => {
        try {
          captured = await snapshot(platform, jurisdiction);
        } finally {
          await close();
        }
      };
      return platform;
    },
  };
}
