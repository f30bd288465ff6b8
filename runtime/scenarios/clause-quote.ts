/**
 * A scenario's `clause` must be an exact quote of its policy: optionally led by the article
 * ("第十一条 "), with "……" joining fragments that appear in this order. Whitespace is ignored
 * (policy texts are extracted from documents with irregular spacing).
 */
const articleLabel = /^第[一二三四五六七八九十百零]+条\s*/;
const ellipsis = /……|\.\.\./;

/** The fragments of `clause` not found (in order) in `policyText`; empty when it is an exact quote. */
export function unquotedFragments(clause: string, policyText: string): string[] {
  const text = squeeze(policyText);
  const missing: string[] = [];
  let from = 0;
  for (const fragment of clause.replace(articleLabel, '').split(ellipsis)) {
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
