import type { Platform } from '../../../runtime/bootstrap/platform.js';
import type { TaskRecord } from '../../../runtime/store/records.js';
import { markDeadline } from '../deadline-marks.js';
import { urgeMarker } from '../../../runtime/cases/urging.js';

/** A task as the API shows it: with its case's title, its assignee's name, working days left and the provisional mark. */
export async function presentTask(platform: Platform, task: TaskRecord) {
  const kase = await platform.store.cases.get(task.caseId);
  const left =
    task.status === 'open' ? await platform.cases.workingDaysLeft(task.jurisdiction, task.dueAt) : null;
  // 催办 marker: how often the case was urged while this task was open
  const urged =
    task.status === 'open' ? urgeMarker(await platform.store.events.listForCase(task.caseId), task) : null;
  const outcome = ['decision', 'outcome', 'result']
    .map((k) => task.result?.[k])
    .find((v) => typeof v === 'string');
  const assignee = task.assignee ? await platform.store.directory.user(task.assignee) : null;
  return markDeadline(platform, {
    ...task,
    assigneeName: assignee?.displayName ?? null,
    caseTitle: kase?.title ?? '',
    caseNumber: kase?.caseNumber ?? null,
    workingDaysLeft: left,
    outcome: typeof outcome === 'string' ? outcome : null,
    urged,
  });
}
