import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';

export interface BpmnChange {
  id: string;
  type: string;
  kind: 'added' | 'removed' | 'changed' | 'layoutChanged';
  attrs?: string[];
}

async function definitionsOf(xml: string): Promise<unknown> {
  const moddle = new BpmnModdle({ zeebe: zeebeModdle });
  return (await moddle.fromXML(xml)).rootElement;
}

/** Semantic BPMN differences (bpmn-js-differ) between two versions of one process. */
export async function bpmnDiff(oldXml: string, newXml: string): Promise<BpmnChange[]> {
  const d = diff(await definitionsOf(oldXml), await definitionsOf(newXml));
  return [
    ...Object.entries(d._added).map(([id, e]) => ({ id, type: e.$type, kind: 'added' as const })),
    ...Object.entries(d._removed).map(([id, e]) => ({ id, type: e.$type, kind: 'removed' as const })),
    ...Object.entries(d._changed).map(([id, c]) => ({
      id,
      type: c.model.$type,
      kind: 'changed' as const,
      attrs: Object.keys(c.attrs),
    })),
    ...Object.entries(d._layoutChanged).map(([id, e]) => ({
      id,
      type: e.$type,
      kind: 'layoutChanged' as const,
    })),
  ];
}
