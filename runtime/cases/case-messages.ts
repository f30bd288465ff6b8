/** Message names the platform publishes to running cases (BPMN `bpmn:Message name`), keyed by case id. */
export const caseMessages = {
  /** The enterprise rated the answer. */
  rated: 'case-rated',
  /** The enterprise supplied the requested materials (补充材料). */
  supplementProvided: 'supplement-provided',
} as const;
