import { deadlineText } from '../common/deadline-text.js';
import type { JsonObject } from '../common/json.js';
import type { CaseEventRecord, CaseRecord } from '../store/records.js';
import { nameOf, type Audience, type Notice, type NoticeReads, taskAudience } from './notice.js';

type Rule = (event: CaseEventRecord, kase: CaseRecord, reads: NoticeReads) => Promise<RuleResult | null>;
type RuleResult = Pick<Notice, 'audience' | 'title' | 'body'> & { taskId?: string | null };

const text = (data: JsonObject, key: string): string => {
  const value = data[key];
  return typeof value === 'string' ? value : '';
};
const dispatchers: Audience = { roles: ['dispatcher'] };
const urgedDefault = '诉求已超过办理期限，请尽快办理。';
/** Deadlines in messages read in Beijing time (UTC+8), in the one deadline form: 2026-03-05（周四）前. */
const beijing = 8 * 60;

/**
 * 站内信 rules (platform default): which timeline entries become messages, to whom and in which words.
 * A new task is told by `newTaskNotice`. Texts carry names, never ids.
 */
export const messageRules: Readonly<Record<string, Rule>> = {
  /** 催办 (by hand or by the reminder timer): whoever works the task, or the handling groups. */
  urged: async (e, kase, reads) => {
    const taskId = text(e.data, 'taskId') || null;
    const task = taskId ? await reads.tasks.get(taskId) : null;
    const groups = Array.isArray(e.data.groups) ? e.data.groups.map(String) : [];
    const count = Number(e.data.count) || 1;
    const from = e.actor === 'system' ? '系统' : await nameOf(reads, e.actor);
    return {
      taskId,
      audience: task ? taskAudience(task) : { groups },
      title: `催办：${kase.title}`,
      body: `第 ${count} 次催办（${from}）：${text(e.data, 'message') || urgedDefault}`,
    };
  },
  'task.reassigned': async (e, kase) => ({
    taskId: text(e.data, 'taskId'),
    audience: { users: [text(e.data, 'to')] },
    title: `改派：${kase.title}`,
    body: `该诉求已改派给您办理。${text(e.data, 'reason')}`,
  }),
  'task.returned': async (e, kase, reads) => ({
    taskId: text(e.data, 'taskId'),
    audience: dispatchers,
    title: `退回：${kase.title}`,
    body: `${await nameOf(reads, e.actor)} 退回了任务，理由：${text(e.data, 'reason')}`,
  }),
  'extension.requested': async (e, kase, reads) => ({
    taskId: text(e.data, 'taskId'),
    audience: dispatchers,
    title: `延期申请：${kase.title}`,
    body: `${await nameOf(reads, e.actor)} 申请延期 ${Number(e.data.workingDays)} 个工作日，理由：${text(e.data, 'reason')}`,
  }),
  'extension.approved': (e, kase, reads) => extensionDecided(e, kase, reads, true),
  'extension.refused': (e, kase, reads) => extensionDecided(e, kase, reads, false),
  'supervision.issued': async (e, kase) => ({
    audience: { groups: [text(e.data, 'targetGroup')] },
    title: `督办单：${kase.title}`,
    body: `${text(e.data, 'instruction')}（请于 ${deadlineText(text(e.data, 'dueAt'), beijing)}答复）`,
  }),
  'leader-instruction': async (e, kase) => ({
    audience: { groups: [text(e.data, 'targetGroup')] },
    title: `领导批示：${kase.title}`,
    body: `${text(e.data, 'instruction')}（请于 ${deadlineText(text(e.data, 'dueAt'), beijing)}答复）`,
  }),
  'supervision.answered': async (e, kase, reads) => {
    const order = await reads.supervision.get(text(e.data, 'supervisionId'));
    if (!order) return null;
    return {
      audience: { users: [order.issuedBy] },
      title: `督办单已答复：${kase.title}`,
      body: text(e.data, 'answer'),
    };
  },
  /** 已答复: the enterprise user who submitted the request. */
  answered: async (e, kase) => ({
    audience: { users: [kase.submittedBy] },
    title: `您的诉求已答复：${kase.title}`,
    body: text(e.data, 'answer') || '请查看答复并评价。',
  }),
};

async function extensionDecided(
  e: CaseEventRecord,
  kase: CaseRecord,
  reads: NoticeReads,
  approved: boolean,
): Promise<RuleResult | null> {
  const requestId = text(e.data, 'requestId');
  const request = (await reads.events.listForCase(kase.id)).find(
    (r) => r.type === 'extension.requested' && r.data.requestId === requestId,
  );
  if (!request) return null;
  const deadline = approved ? `，新的办理期限：${deadlineText(text(e.data, 'deadlineAt'), beijing)}` : '';
  return {
    taskId: text(request.data, 'taskId') || null,
    audience: { users: [request.actor] },
    title: `${approved ? '延期申请已批准' : '延期申请未获批准'}：${kase.title}`,
    body: `${text(e.data, 'reason')}${deadline}`,
  };
}
