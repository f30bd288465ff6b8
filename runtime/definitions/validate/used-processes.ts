/**
 * The processes a bundle can run: the mechanism's case process, the processes the platform starts
 * itself, and whatever those call (`zeebe:calledElement processId`, transitively). A called
 * element chosen by FEEL could be any process, so then every process counts. Shared building
 * blocks a jurisdiction never calls are carried in its bundle but cannot run.
 */
import type { BpmnDocument } from './bpmn-document.js';
import { allElements, elementsProperty, stringProperty, type ModdleElement } from './moddle-element.js';
import { platformStartedProcesses } from './platform-variables.js';

function processes(documents: readonly BpmnDocument[]): Map<string, ModdleElement> {
  const byId = new Map<string, ModdleElement>();
  for (const { definitions } of documents) {
    if (!definitions) continue;
    for (const root of elementsProperty(definitions, 'rootElements'))
      if (root.$instanceOf('bpmn:Process') && stringProperty(root, 'id'))
        byId.set(stringProperty(root, 'id') as string, root);
  }
  return byId;
}

export function usedProcesses(documents: readonly BpmnDocument[], caseProcess: string): Set<string> {
  const byId = processes(documents);
  const used = new Set<string>();
  const pending = [caseProcess, ...platformStartedProcesses];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const process = byId.get(id);
    if (used.has(id) || !process) continue;
    used.add(id);
    for (const e of allElements(process)) {
      if (!e.$instanceOf('zeebe:CalledElement')) continue;
      const called = stringProperty(e, 'processId') ?? '';
      if (called.startsWith('=')) return new Set(byId.keys());
      pending.push(called);
    }
  }
  return used;
}
