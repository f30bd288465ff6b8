import type { Platform } from '../../../runtime/bootstrap/platform.js';
import type { Actor } from '../../../runtime/cases/actor.js';
import {
  extensionApprovalElement,
  extensionStates,
  extensionsAllowed,
} from '../../../runtime/cases/extension-approval.js';
import { isDispatcher } from '../../../runtime/cases/extension-service.js';
import { modelsReturn } from '../../../runtime/cases/task-service.js';
import { ConflictError } from '../../../runtime/common/errors.js';
import type { TaskRecord } from '../../../runtime/store/records.js';
import { presentTask } from './task-view.js';

/** 认领后办理: an unclaimed task is read-only; its work (complete, return, extension) needs a claim. */
export function mustBeClaimed(task: TaskRecord): void {
  if (task.status === 'open' && task.assignee === null)
    throw new ConflictError('claim the task before working it', [], 'task_not_claimed');
}

/**
 * GET /tasks/:id: the task, its form and case, what the caller may do on it (the mechanism decides:
 * 延期 only where `sla` allows one, 退回 as an action only where the form has no return outcome),
 * the case's extension requests with names, and who completed it.
 */
export async function taskDetail(platform: Platform, task: TaskRecord, actor: Actor) {
  const { store, catalog } = platform;
  const kase = await store.cases.get(task.caseId);
  const version = kase ? await catalog.version(kase.jurisdiction, kase.definitionVersion) : null;
  const form = task.formKey ? (version?.forms.get(task.formKey) ?? null) : null;
  const timeline = kase ? await store.events.listForCase(kase.id) : [];
  const name = async (id: string | null) =>
    id ? ((await store.directory.user(id))?.displayName ?? null) : null;
  const extensions = await Promise.all(
    extensionStates(timeline).map(async (s) => ({
      ...s,
      requestedByName: await name(s.requestedBy),
      decidedByName: await name(s.decidedBy),
    })),
  );
  const approval = task.elementId === extensionApprovalElement;
  const open = task.status === 'open';
  const mine = open && task.assignee === actor.id;
  return {
    task: await presentTask(platform, task),
    form,
    case: kase,
    actions: {
      extension: mine && !approval && !!kase?.deadlineAt && !!version && extensionsAllowed(version.mechanism),
      maxExtensionWorkingDays: version?.mechanism.sla.maxExtensionWorkingDays ?? 0,
      giveBack: mine && !approval && !(form && modelsReturn(form.schema)),
      returnInForm: !!form && modelsReturn(form.schema),
      reassign: open && !approval && isDispatcher(actor),
      decideExtension: approval && open && isDispatcher(actor),
    },
    extensions: extensions.filter((e) =>
      approval ? e.requestId === task.instanceKey : e.taskId === task.id,
    ),
    assigneeName: await name(task.assignee),
    completedByName: await name(task.completedBy),
  };
}
