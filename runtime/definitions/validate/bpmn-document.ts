/**
 * A BPMN file parsed once with bpmn-moddle and the zeebe moddle extension, shared by every BPMN
 * check. XML errors and import warnings (unknown elements, unresolved references) become problems:
 * Zeebe rejects such files at deployment, so they are errors.
 */
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import type { ImportWarning } from 'bpmn-moddle';
import type { DefinitionProblem } from '../definition-bundle.js';
import type { ProcessResource } from '../definition-bundle.js';
import { elementId, isModdleElement } from './moddle-element.js';
import type { ModdleElement } from './moddle-element.js';

export interface BpmnDocument {
  /** Path relative to the definition folder, `processes/<name>.bpmn`. */
  file: string;
  /** The `bpmn:Definitions` root, or null when the XML could not be read at all. */
  definitions: ModdleElement | null;
  /** XML errors and import warnings. */
  problems: DefinitionProblem[];
}

const require = createRequire(import.meta.url);
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json') as Record<string, unknown>;
const moddle = new BpmnModdle({ zeebe });

export function processFile(process: ProcessResource): string {
  return `processes/${process.name}.bpmn`;
}

export async function readBpmnDocument(process: ProcessResource): Promise<BpmnDocument> {
  const file = processFile(process);
  try {
    const { rootElement, warnings } = await moddle.fromXML(process.xml, 'bpmn:Definitions');
    const definitions = isModdleElement(rootElement) ? rootElement : null;
    return { file, definitions, problems: warnings.map((w) => warningProblem(file, w)) };
  } catch (e) {
    const reason = `xml: ${oneLine(e instanceof Error ? e.message : String(e))}`;
    return { file, definitions: null, problems: [{ file, reason, severity: 'error' }] };
  }
}

function warningProblem(file: string, warning: ImportWarning): DefinitionProblem {
  const id = isModdleElement(warning.element) ? elementId(warning.element) : undefined;
  const property = warning.property ? ` (${warning.property})` : '';
  const problem: DefinitionProblem = {
    file,
    reason: `xml: ${oneLine(warning.message)}${property}`,
    severity: 'error',
  };
  if (id) problem.elementId = id;
  return problem;
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
