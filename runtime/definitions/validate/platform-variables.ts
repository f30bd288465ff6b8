/**
 * Variables the platform itself gives a case's processes, beside forms, workers and mappings:
 * the start of a case (runtime/cases/case-service.ts `submit`: caseId, jurisdiction,
 * definitionVersion, channel, title, data = the intake form), every task completion
 * (`lastCompletedBy`), the rating and supplement messages (`rating`; `supplement`, `slaStartAt`),
 * a supervision order's start (runtime/cases/supervision-service.ts) and multi-instance
 * iterations (`loopCounter`, as in Zeebe).
 */
export const platformVariables: ReadonlySet<string> = new Set([
  'caseId',
  'jurisdiction',
  'definitionVersion',
  'channel',
  'title',
  'data',
  'lastCompletedBy',
  'rating',
  'supplement',
  'slaStartAt',
  'supervisionId',
  'targetGroup',
  'dueAt',
  'instruction',
  'loopCounter',
]);

/** What a routing rule (分办规则) is evaluated on (runtime/workers/admissibility-worker.ts). */
export const routingInput: ReadonlySet<string> = new Set(['data', 'channel']);

/** What a 政策计算器 / 一企一策 rule is evaluated on (runtime/cases/policy-matcher.ts). */
export const enterpriseRuleInput: ReadonlySet<string> = new Set(['enterprise']);

/**
 * Processes the platform starts itself, beside the mechanism's `caseProcess`: a supervision order
 * (runtime/cases/supervision-service.ts `supervisionProcessId`).
 */
export const platformStartedProcesses: readonly string[] = ['shared-supervision-order'];
