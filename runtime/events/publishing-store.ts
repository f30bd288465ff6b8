import type { Mutation } from '../store/mutations.js';
import type { MessageRecord } from '../store/messages.js';
import type { CaseRecord, TaskRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { withTransact } from '../store/store-decorator.js';
import type { PlatformEvent, PlatformEventType } from './platform-event.js';
import type { PlatformEvents } from './platform-events.js';

type Unstamped = Omit<PlatformEvent, 'seq'>;

/**
 * The store, announcing on `events` what each transaction changed once it has committed: inbox task
 * inserts and updates, and timeline appends. Engine- and adapter-agnostic (every write of the
 * platform goes through `transact`); a failure while announcing never fails the committed write.
 */
export function publishingStore(
  store: Store,
  events: PlatformEvents,
  onError: (error: unknown) => void = () => undefined,
): Store {
  const transact = async (mutations: readonly Mutation[]): Promise<void> => {
    await store.transact(mutations);
    if (events.closed || !mutations.some(announced)) return;
    try {
      await events.publish(await describe(store, mutations));
    } catch (error) {
      onError(error);
    }
  };
  return withTransact(store, transact);
}

function announced(m: Mutation): boolean {
  return (
    m.kind === 'task.insert' ||
    m.kind === 'task.update' ||
    m.kind === 'event.append' ||
    m.kind === 'inboxMessage.insert' ||
    m.kind === 'inboxMessage.read'
  );
}

async function describe(store: Store, mutations: readonly Mutation[]): Promise<Unstamped[]> {
  const cases = new Map<string, CaseRecord | null>();
  for (const m of mutations) if (m.kind === 'case.insert') cases.set(m.record.id, m.record);
  const caseOf = async (id: string) => {
    if (!cases.has(id)) cases.set(id, await store.cases.get(id));
    return cases.get(id) ?? null;
  };
  const out: Unstamped[] = await unreadCounts(store, mutations);
  for (const m of mutations) {
    if (m.kind === 'task.insert')
      out.push(taskEvent('task.created', m.record, await caseOf(m.record.caseId)));
    else if (m.kind === 'task.update') {
      const task = await store.tasks.get(m.id);
      if (task) out.push(taskEvent(taskChange(m.patch), task, await caseOf(task.caseId)));
    } else if (m.kind === 'event.append') {
      const kase = await caseOf(m.record.caseId);
      out.push({
        type: 'case.event',
        jurisdiction: m.record.jurisdiction,
        caseId: m.record.caseId,
        enterpriseId: kase?.enterpriseId ?? null,
        submittedBy: kase?.submittedBy ?? null,
        at: m.record.at,
        event: { id: m.record.id, type: m.record.type, actor: m.record.actor },
      });
    }
  }
  return out;
}

/** 站内信: each recipient whose messages changed learns their unread count (one event per recipient). */
async function unreadCounts(store: Store, mutations: readonly Mutation[]): Promise<Unstamped[]> {
  const recipients = new Map<string, MessageRecord>();
  for (const m of mutations) {
    const message =
      m.kind === 'inboxMessage.insert'
        ? m.record
        : m.kind === 'inboxMessage.read'
          ? await store.messages.get(m.id)
          : null;
    if (message) recipients.set(message.recipient, message);
  }
  const out: Unstamped[] = [];
  for (const [recipient, { jurisdiction, caseId, createdAt: at }] of recipients) {
    const unread = await store.messages.unreadCount(recipient);
    out.push({
      type: 'message.unread',
      jurisdiction,
      caseId,
      enterpriseId: null,
      submittedBy: null,
      at,
      message: { recipient, unread },
    });
  }
  return out;
}

function taskChange(patch: Partial<TaskRecord>): PlatformEventType {
  if (patch.status === 'completed') return 'task.completed';
  if (patch.status === 'cancelled') return 'task.cancelled';
  if ('assignee' in patch) return patch.assignee ? 'task.claimed' : 'task.released';
  return 'task.updated';
}

function taskEvent(type: PlatformEventType, task: TaskRecord, kase: CaseRecord | null): Unstamped {
  return {
    type,
    jurisdiction: task.jurisdiction,
    caseId: task.caseId,
    enterpriseId: kase?.enterpriseId ?? null,
    submittedBy: kase?.submittedBy ?? null,
    at: task.completedAt ?? task.createdAt,
    task: {
      id: task.id,
      elementId: task.elementId,
      name: task.name,
      candidateGroups: task.candidateGroups,
      assignee: task.assignee,
      status: task.status,
      dueAt: task.dueAt,
    },
  };
}
