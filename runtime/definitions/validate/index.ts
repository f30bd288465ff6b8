// Definition validation: one check per file, composed by validate-definition.
export { validateDefinition, hasErrors } from './validate-definition.js';
export { assertValidDefinition } from './assert-valid-definition.js';
export { problemLocation } from './problem-location.js';
export { checkPolicyQuotes, quoteProblems } from './policy-quotes-check.js';
