import type { DefinitionProblem } from '../../api/definition-types';

/** Problems located in `mechanism.json`, keyed by their JSON pointer (`/requestClasses/1/workingDays`). */
export function mechanismProblems(problems: DefinitionProblem[]): { pointer: string; reason: string }[] {
  const prefix = 'mechanism.json';
  return problems
    .filter((p) => p.severity === 'error' && p.path.startsWith(prefix))
    .map((p) => ({ pointer: p.path.slice(prefix.length) || '/', reason: p.reason }));
}

/** Problems in one file (`processes/x.bpmn`, `forms/y.schema.json`). */
export function fileProblems(problems: DefinitionProblem[], file: string): DefinitionProblem[] {
  return problems.filter(
    (p) => p.path === file || p.path.startsWith(`${file}#`) || p.path.startsWith(`${file}/`),
  );
}

/** Which admin tab shows a problem. */
export function tabOf(problem: DefinitionProblem): 'settings' | 'modeler' | 'forms' {
  if (problem.path.startsWith('processes/')) return 'modeler';
  if (problem.path.startsWith('forms/')) return 'forms';
  return 'settings';
}
