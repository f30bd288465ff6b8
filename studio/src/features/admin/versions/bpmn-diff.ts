import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';

export interface BpmnChange {
  id: string;
  type: string;
  kind: 'added' | 'removed' | 'changed' | 'layoutChanged';
  attrs?: string[];
  /** The element's name (the newer one when changed), if it has one. */
  name?: string;
  /** Sequence flows: the names (else ids) of the elements they connect. */
  from?: string;
  to?: string;
}

interface ModdleNode {
  $type: string;
  id?: string;
  name?: string;
  sourceRef?: ModdleNode;
  targetRef?: ModdleNode;
}

const label = (n: ModdleNode | undefined) => n?.name ?? n?.id;
const described = (e: ModdleNode) => ({
  type: e.$type,
  ...(e.name ? { name: e.name } : {}),
  ...(e.sourceRef ? { from: label(e.sourceRef) } : {}),
  ...(e.targetRef ? { to: label(e.targetRef) } : {}),
});

async function definitionsOf(xml: string): Promise<unknown> {
  const moddle = new BpmnModdle({ zeebe: zeebeModdle });
  return (await moddle.fromXML(xml)).rootElement;
}

/** Semantic BPMN differences (bpmn-js-differ) between two versions of one process. */
export async function bpmnDiff(oldXml: string, newXml: string): Promise<BpmnChange[]> {
  const d = diff(await definitionsOf(oldXml), await definitionsOf(newXml));
  return [
    ...Object.entries(d._added).map(([id, e]) => ({
      id,
      ...described(e as ModdleNode),
      kind: 'added' as const,
    })),
    ...Object.entries(d._removed).map(([id, e]) => ({
      id,
      ...described(e as ModdleNode),
      kind: 'removed' as const,
    })),
    ...Object.entries(d._changed).map(([id, c]) => ({
      id,
      ...described(c.model as ModdleNode),
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
