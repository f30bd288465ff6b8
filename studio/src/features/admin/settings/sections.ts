import type { Lang } from '../../../i18n';

/** The mechanism's editable sections, in the order an administrator thinks of them. */
export const sectionLabels: Record<string, { zh: string; en: string }> = {
  requestClasses: { zh: '诉求类别与办理时限', en: 'Request classes and deadlines' },
  tiers: { zh: '办理层级', en: 'Tiers' },
  reminder: { zh: '催办与升级', en: 'Reminders and escalation' },
  evaluation: { zh: '评价标准', en: 'Evaluation scale' },
  calendar: { zh: '工作日历调整', en: 'Calendar overrides' },
  routing: { zh: '受理与分类规则', en: 'Routing rules' },
  sla: { zh: '时限规则（暂停、延期）', en: 'SLA (pauses, extensions)' },
  groups: { zh: '处理组', en: 'Groups' },
  channels: { zh: '受理渠道', en: 'Channels' },
  refusalReasons: { zh: '不予受理理由', en: 'Refusal reasons' },
  supervision: { zh: '督办', en: 'Supervision orders' },
  services: { zh: '服务项目', en: 'Service programmes' },
  name: { zh: '机制名称', en: 'Name' },
  policy: { zh: '政策依据', en: 'Policy source' },
  caseProcess: { zh: '主流程', en: 'Case process' },
  intakeForm: { zh: '诉求表单', en: 'Intake form' },
  caseNumberPrefix: { zh: '案件编号前缀', en: 'Case number prefix' },
};

const hidden = new Set(['$schema', 'id']);

/** Sections of the schema's top-level properties: the labelled ones first, then the rest. */
export function sectionsOf(schemaProperties: Record<string, unknown>): string[] {
  const keys = Object.keys(schemaProperties).filter((k) => !hidden.has(k));
  const known = Object.keys(sectionLabels).filter((k) => keys.includes(k));
  return [...known, ...keys.filter((k) => !known.includes(k))];
}

export function sectionLabel(key: string, lang: Lang): string {
  return sectionLabels[key]?.[lang] ?? key;
}
