import type { DefinitionProblem } from '../definition-bundle.js';

/** Where a problem is: `processes/case.bpmn#Task_1`, `mechanism.json/tiers/0/group`, `forms/x.schema.json`. */
export function problemLocation(problem: Pick<DefinitionProblem, 'file' | 'elementId' | 'path'>): string {
  return `${problem.file}${problem.elementId ? `#${problem.elementId}` : ''}${problem.path ?? ''}`;
}
