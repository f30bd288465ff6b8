// Definition validation: one check per file, composed by validate-definition.
export { validateDefinition, hasErrors, type ValidateOptions } from './validate-definition.js';
export { assertValidDefinition, locatedDetail, type LocatedDetail } from './assert-valid-definition.js';
export { problemLocation } from './problem-location.js';
export type { DraftSamples } from './draft-samples.js';
export { checkPolicyQuotes, quoteProblems } from './policy-quotes-check.js';
