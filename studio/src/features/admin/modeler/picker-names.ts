import type { FormFile, JsonObject, ProcessFile } from '../../../api/definition-types';

/** Something the modeller's pickers offer, by its name; the BPMN keeps the id. */
export interface Choice {
  value: string;
  label: string;
}

/** The job types (任务类型) of runtime/definitions/job-catalogue.ts in words. */
const jobTypeNamesZh: Record<string, string> = {
  'case.admissibility': '受理审查',
  'sla.deadline': '计算办理期限',
  'sla.remind': '催办',
  'case.escalate': '升级',
  'notify.send': '发送通知',
  'case.answer': '记录答复',
  'rating.auto': '评价期满处理',
  'case.close': '办结',
  'sla.pause': '暂停计时',
  'sla.resume': '恢复计时',
  'sla.extend': '延期',
  'case.reopen': '重办',
  'case.event': '记录办理事件',
  'case.assign-paired': '交结对服务专员办理',
  'supervision.answer': '记录督办答复',
};

const labelled = (name: string, id: string) => (name && name !== id ? `${name}（${id}）` : id);

export const jobTypeChoices = (types: string[]): Choice[] =>
  types.map((v) => ({ value: v, label: labelled(jobTypeNamesZh[v] ?? '', v) }));

export const formChoices = (forms: FormFile[]): Choice[] =>
  forms.map((f) => ({
    value: f.key,
    label: (typeof f.schema.title === 'string' && f.schema.title) || f.key,
  }));

/** Candidate groups by name: the mechanism's groups, then any group a tier names that is not listed. */
export function groupChoices(mechanism: JsonObject): Choice[] {
  const m = mechanism as { groups?: { id: string; label?: { zh?: string } }[]; tiers?: { group: string }[] };
  const named = (m.groups ?? []).map((g) => ({ value: g.id, label: g.label?.zh || g.id }));
  const extra = (m.tiers ?? []).map((t) => t.group).filter((id) => !named.some((g) => g.value === id));
  return [...named, ...[...new Set(extra)].map((id) => ({ value: id, label: id }))];
}

/** A process by the name in its BPMN (`<bpmn:process name>`), its file name when it has none. */
export function processChoices(processes: ProcessFile[]): Choice[] {
  return processes.map((p) => {
    const name = /<bpmn:process\b[^>]*\bname="([^"]+)"/.exec(p.xml)?.[1];
    return { value: p.name, label: name ? `${name}（${p.name}）` : p.name };
  });
}
