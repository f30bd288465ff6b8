/**
 * Where a rule comes from. Every rule of a mechanism (mechanism.json, the forms' `x-source`, each
 * scenario) is either **policy** — the exact words of the jurisdiction's own policy text
 * (`mechanism.policy.file`), checked by `npm run defs:validate` — or a **platform default**: a
 * value the text does not give, which the jurisdiction may change. A rule borrowed from another
 * jurisdiction's text is a platform default (its note says so); it never cites the other text.
 */
export type RuleSource = PolicyQuote | PlatformDefault;

export interface PolicyQuote {
  kind: 'policy';
  /** Where in the text: an article or item as the text numbers it (第十条, 三（二）, 8.). */
  clause: string;
  /** The text's exact words; "……" joins fragments that appear in this order. */
  quote: string;
}

export interface PlatformDefault {
  kind: 'default';
  /** What the text says (or does not) and why this value; the jurisdiction may change it. */
  note: string;
}

export function isPolicyQuote(source: RuleSource): source is PolicyQuote {
  return source.kind === 'policy';
}
