import type { RJSFSchema } from '@rjsf/utils';
import type { Lang } from '../../../i18n';
import { choiceTitlesZh, defaultChoiceTitlesZh, fieldHelpZh } from './field-help';

/** Chinese titles of the mechanism schema's property names (the schema itself names them in English). */
export const fieldTitlesZh: Record<string, string> = {
  id: '标识',
  name: '名称',
  policy: '政策依据',
  caseProcess: '主流程',
  caseNumberPrefix: '案件编号前缀',
  intakeForm: '诉求表单',
  calendar: '工作日历',
  channels: '受理渠道',
  groups: '处理组',
  tiers: '办理层级',
  requestClasses: '诉求类别',
  reminder: '催办',
  evaluation: '评价',
  routing: '规则',
  refusalReasons: '不予受理理由',
  sla: '时限规则',
  supervision: '督办',
  services: '服务项目',
  zh: '中文',
  en: '英文',
  file: '文件',
  title: '标题',
  issuedOn: '发文日期',
  utcOffsetMinutes: '时区偏移（分钟）',
  dayStartsAt: '工作日开始时间',
  dayEndsAt: '工作日结束时间',
  extraHolidays: '额外休息日',
  extraWorkdays: '额外工作日（调休）',
  label: '显示名称',
  tier: '办理层级',
  order: '顺序',
  group: '处理组',
  workingDays: '办理时限（工作日）',
  clause: '条款',
  source: '来源（政策原文或平台默认值）',
  sources: '单项来源',
  kind: '来源类型',
  quote: '原文引用',
  note: '说明',
  limitWording: '时限表述（无办理时限时）',
  unrated: '未评价办结',
  revisits: '回访督导',
  intervalWorkingDays: '催办间隔（工作日）',
  maxBeforeEscalation: '升级前最多催办次数',
  escalateToTier: '升级至层级',
  standing: '计为',
  closesCase: '评价后办结',
  afterWorkingDays: '超过工作日数',
  level: '评价等级',
  levels: '评价等级',
  stars: '星级评价',
  autoRating: '逾期自动评价',
  maxReopenRounds: '最多重办轮数',
  revisit: '回访',
  max: '满星数',
  dimensions: '评价维度',
  required: '必填',
  admissibility: '受理审查规则',
  classSuggestion: '分类建议规则',
  pausesForSupplement: '补充材料期间暂停计时',
  pausesForReturnReview: '退回审核期间暂停计时',
  maxExtensionWorkingDays: '最多延期工作日',
  maxExtensions: '最多延期次数',
  warnWorkingDaysBefore: '提前预警（工作日）',
  defaultWorkingDays: '默认时限（工作日）',
  issuerRoles: '可批示角色',
  visitKinds: '走访类型',
  needsSurvey: '需要问卷',
  pairing: '结对服务',
  policyMatching: '政策匹配',
  keyEnterprises: '重点企业',
  policyCollection: '每月政策收集',
  metrics: '监测指标',
  dropThresholdPercent: '下降预警阈值（%）',
  minEnterprisesPerStaff: '每人最少结对企业数',
  requireAboveScaleCovered: '规上企业须全覆盖',
  policies: '政策',
  rule: '规则（jsonata）',
  issuer: '发文单位',
  validUntil: '有效期至',
  tags: '适用企业标签',
  text: '政策内容',
  link: '原文链接',
};

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);

/** An optional setting's two choices (`anyOf: [null, …]`) named in words, never "option 2". */
function withChoiceTitles(name: string, p: Node): Node {
  const branches = p.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return p;
  const [off, on] = choiceTitlesZh[name] ?? defaultChoiceTitlesZh;
  const named = branches.map((b: unknown) => (isNode(b) ? { ...b, title: b.type === 'null' ? off : on } : b));
  return { ...p, anyOf: named };
}

/** One property as the Chinese form shows it: its title, Chinese help (or none), named choices. */
function inChinese(name: string, p: unknown): unknown {
  if (!isNode(p)) return p;
  const title = fieldTitlesZh[name];
  const help = fieldHelpZh[name];
  const out: Node = withChoiceTitles(name, title && !('title' in p) ? { title, ...p } : { ...p });
  if (help && p.$ref !== '#/definitions/ruleSource') out.description = help;
  return out;
}

/**
 * The schema in the interface language: in Chinese every property the map names gets its `title`,
 * its Chinese help (the English developer descriptions are dropped) and named optional choices, so
 * rjsf never shows a raw key, English help or "option 2"; English keeps the schema as it is.
 */
export function withFieldTitles(schema: RJSFSchema, lang: Lang): RJSFSchema {
  if (lang !== 'zh') return schema;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isNode(node)) return node;
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) if (k !== 'description') out[k] = walk(v);
    if (isNode(out.properties))
      out.properties = Object.fromEntries(
        Object.entries(out.properties).map(([name, p]) => [name, inChinese(name, p)]),
      );
    return out;
  };
  return walk(schema) as RJSFSchema;
}
