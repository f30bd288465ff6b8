/**
 * Scenarios whose Zeebe run genuinely differs from the embedded run, each with the reason. The
 * parity suite asserts these still differ (and fails once one reaches parity, so the entry is
 * removed); every other scenario must match.
 */

export const knownDifferences: Record<string, string> = {};
