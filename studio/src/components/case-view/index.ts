// Read-only views of a case shared by the task page and the case page.
export { CaseSummary } from './CaseSummary';
export { CaseData } from './CaseData';
export { Timeline } from './Timeline';
export { definitionLabels, type DefinitionLabels } from './definition-labels';
