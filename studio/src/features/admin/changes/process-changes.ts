import type { ProcessFile } from '../../../api/definition-types';
import type { Lang } from '../../../i18n';
import { bpmnDiff, type BpmnChange } from '../versions/bpmn-diff';
import type { ChangeLine } from './change-line';

/** What a person calls each kind of BPMN element. */
const nounsZh: [RegExp, string][] = [
  [/UserTask$/, '人工环节'],
  [/(Service|Send|BusinessRule|Script)Task$/, '自动环节'],
  [/CallActivity$/, '共享构件调用'],
  [/SubProcess$/, '子流程'],
  [/Gateway$/, '分支'],
  [/SequenceFlow$/, '连线'],
  [/StartEvent$/, '开始'],
  [/EndEvent$/, '结束'],
  [/Event$/, '事件'],
];
const attrsZh: Record<string, string> = {
  name: '名称',
  extensionElements: '任务设置',
  conditionExpression: '条件',
  sourceRef: '来源',
  targetRef: '去向',
  default: '默认分支',
  documentation: '说明',
  eventDefinitions: '事件定义',
};

const noun = (type: string, lang: Lang) =>
  lang === 'en' ? type.replace(/^bpmn:/, '') : (nounsZh.find(([re]) => re.test(type))?.[1] ?? '元素');
const processName = (xml: string, fallback: string) =>
  /<(?:\w+:)?process\b[^>]*\sname="([^"]+)"/.exec(xml)?.[1] ?? fallback;

function describe(c: BpmnChange, lang: Lang): string {
  const en = lang === 'en';
  const what = noun(c.type, lang);
  const flow = c.type.endsWith('SequenceFlow');
  const who = flow
    ? `${c.name ? `「${c.name}」` : ''}${c.from ?? '?'} → ${c.to ?? '?'}`
    : `「${c.name ?? c.id}」`;
  const attrs = (c.attrs ?? []).map((a) => (en ? a : (attrsZh[a] ?? a))).join(en ? ', ' : '、');
  if (en) return `${what} ${c.kind}: ${who}${c.kind === 'changed' ? ` (${attrs})` : ''}`;
  const verb = c.kind === 'added' ? '新增' : c.kind === 'removed' ? '删除' : '修改';
  if (flow) return `${verb}连线 ${who}${c.kind === 'changed' ? `：${attrs}` : ''}`;
  return `${verb}环节 ${who}（${what}）${c.kind === 'changed' ? `：${attrs}` : ''}`;
}

/** BPMN differences in words, by element names; layout moves summed up in one line per process. */
export async function processChanges(
  before: ProcessFile[],
  after: ProcessFile[],
  lang: Lang,
): Promise<ChangeLine[]> {
  const en = lang === 'en';
  const out: ChangeLine[] = [];
  for (const name of [...new Set([...before, ...after].map((p) => p.name))]) {
    const a = before.find((p) => p.name === name)?.xml;
    const b = after.find((p) => p.name === name)?.xml;
    if (a === b) continue;
    const section = `${en ? 'Process' : '流程'}「${processName(b ?? a ?? '', name)}」`;
    if (!a || !b) {
      out.push({
        area: 'process',
        kind: a ? 'removed' : 'added',
        section,
        text: a ? (en ? 'process removed' : '删除流程') : en ? 'process added' : '新增流程',
      });
      continue;
    }
    const changes = await bpmnDiff(a, b);
    for (const c of changes.filter((x) => x.kind !== 'layoutChanged' && !x.type.startsWith('bpmndi:')))
      out.push({
        area: 'process',
        kind: c.kind === 'layoutChanged' ? 'changed' : c.kind,
        section,
        text: describe(c, lang),
      });
    const moved = changes.filter((x) => x.kind === 'layoutChanged').length;
    if (moved)
      out.push({
        area: 'process',
        kind: 'changed',
        section,
        text: en ? `layout of ${moved} element(s) changed` : `调整了 ${moved} 个元素的布局`,
      });
  }
  return out;
}
