import type { Clock } from '../common/clock.js';
import { stableId } from '../common/ids.js';
import type { DeliveryRecord, MessageRecord } from '../store/messages.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseRecord, TaskRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { messageRules } from './message-rules.js';
import type { Notice, NoticeReads } from './notice.js';
import { taskAudience } from './notice.js';
import { Recipients } from './recipients.js';

/** Which outside channels are configured (`message-config.ts`); in-app messages are always written. */
export interface OutsideChannels {
  email: boolean;
  webhook: boolean;
}

/** Whether a write is a case step that may cause messages. */
export function causesMessages(m: Mutation): boolean {
  return (m.kind === 'event.append' && m.record.type in messageRules) || m.kind === 'task.insert';
}

/**
 * 站内信 of a transaction's case steps: a timeline entry `messageRules` knows, or a new inbox task,
 * becomes one message per recipient plus one pending delivery per configured outside channel (the
 * notification outbox). Ids derive from the step, so a replayed step writes nothing twice.
 */
export async function messagesFor(
  reads: NoticeReads & Pick<Store, 'messages'>,
  mutations: readonly Mutation[],
  clock: Clock,
  channels: OutsideChannels,
): Promise<Mutation[]> {
  const cases = new Map<string, CaseRecord>();
  for (const m of mutations) if (m.kind === 'case.insert') cases.set(m.record.id, m.record);
  const caseOf = async (id: string) => cases.get(id) ?? (await reads.cases.get(id));
  const notices: Notice[] = [];
  for (const m of mutations) {
    if (m.kind === 'task.insert' && m.record.status === 'open') {
      const kase = await caseOf(m.record.caseId);
      if (kase) notices.push(newTaskNotice(m.record, kase));
    } else if (m.kind === 'event.append' && m.record.type in messageRules) {
      const e = m.record;
      const kase = await caseOf(e.caseId);
      const told = kase ? await messageRules[e.type]!(e, kase, reads) : null;
      if (kase && told)
        notices.push({ kind: e.type, source: e.id, kase, actor: e.actor, taskId: null, ...told });
    }
  }
  const recipients = new Recipients(reads);
  const out: Mutation[] = [];
  for (const notice of notices)
    for (const user of await recipients.of(notice.kase.jurisdiction, notice.audience, notice.actor)) {
      const message = messageOf(notice, user, clock.now().toISOString());
      out.push({ kind: 'inboxMessage.insert', record: message });
      for (const record of await deliveriesOf(reads, message, channels))
        out.push({ kind: 'delivery.insert', record });
    }
  return out;
}

function newTaskNotice(task: TaskRecord, kase: CaseRecord): Notice {
  return {
    kind: 'task.created',
    source: task.id,
    kase,
    taskId: task.id,
    actor: 'system',
    audience: taskAudience(task),
    title: `新任务：${task.name}`,
    body: `诉求「${kase.title}」有新的待办任务「${task.name}」。`,
  };
}

function messageOf(notice: Notice, recipient: string, at: string): MessageRecord {
  return {
    id: stableId('msg', notice.source, recipient),
    jurisdiction: notice.kase.jurisdiction,
    recipient,
    kind: notice.kind,
    caseId: notice.kase.id,
    taskId: notice.taskId,
    title: notice.title,
    body: notice.body,
    createdAt: at,
    readAt: null,
  };
}

/** One pending delivery per outside channel the recipient can be reached on. */
async function deliveriesOf(
  reads: Pick<Store, 'messages'>,
  message: MessageRecord,
  channels: OutsideChannels,
): Promise<DeliveryRecord[]> {
  const targets: [string, string][] = [];
  if (channels.email) {
    const email = (await reads.messages.contact(message.recipient))?.email;
    if (email) targets.push(['email', email]);
  }
  if (channels.webhook) targets.push(['webhook', 'webhook']);
  return targets.map(([channel, target]) => ({
    id: stableId('dlv', message.id, channel),
    messageId: message.id,
    jurisdiction: message.jurisdiction,
    channel,
    target,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: message.createdAt,
    lastError: null,
    createdAt: message.createdAt,
    sentAt: null,
  }));
}
