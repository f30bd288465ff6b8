/**
 * A policy rule's `quote` must be the exact words of its policy text: "……" joins fragments that
 * appear in this order; a leading article ("第十一条 ") is tolerated. Whitespace is ignored (policy
 * texts are extracted from documents with irregular spacing).
 */
const articleLabel = /^第[一二三四五六七八九十百零]+条\s*/;
const ellipsis = /……|\.\.\./;

/** The fragments of `quote` not found (in order) in `policyText`; empty when it is an exact quote. */
export function unquotedFragments(quote: string, policyText: string): string[] {
  const text = squeeze(policyText);
  const missing: string[] = [];
  let from = 0;
  for (const fragment of quote.replace(articleLabel, '').split(ellipsis)) {
    const wanted = squeeze(fragment);
    if (!wanted) continue;
    const at = text.indexOf(wanted, from);
    if (at < 0) missing.push(fragment.trim());
    else from = at + wanted.length;
  }
  return missing;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}
