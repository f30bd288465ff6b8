import type { Page } from 'playwright-core';

/**
 * Runs in the page (plain JavaScript: the test tree is typed without the DOM library). Returns one
 * line per problem: a visible form control without an accessible name, or visible text under WCAG AA
 * contrast (4.5:1; 3:1 for large text) against its effective background. Disabled controls, SVG
 * (the BPMN canvas, charts), hidden text and text over images are outside the check, as WCAG allows.
 */
const auditScript = String.raw`(() => {
  const out = [];
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const describe = (el) => {
    const id = el.id ? '#' + el.id : '';
    const testId = el.getAttribute('data-testid') ? ' data-testid=' + el.getAttribute('data-testid') : '';
    return '<' + el.tagName.toLowerCase() + id + testId + '> "' + (el.textContent || '').trim().slice(0, 30) + '"';
  };
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden' || el.closest('[aria-hidden="true"]')) continue;
    const named = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') ||
      el.getAttribute('aria-labelledby') || el.getAttribute('title');
    if (!named) out.push('unlabelled control ' + describe(el));
  }
  const rgba = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const [r, g, b, a] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a === undefined ? 1 : a];
  };
  const lum = ([r, g, b]) => {
    const f = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage !== 'none') return null;
      const c = rgba(s.backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let base = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse())
      base = [r * a + base[0] * (1 - a), g * a + base[1] * (1 - a), b * a + base[2] * (1 - a)];
    return base;
  };
  const seen = new Set();
  const skip = 'svg, [aria-hidden="true"], :disabled, [aria-disabled="true"], .ant-btn-disabled, .visually-hidden, dialog:not([open])';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !(n.textContent || '').trim() || !visible(el) || el.closest(skip)) continue;
    const s = getComputedStyle(el);
    if (Number(s.opacity) === 0) continue;
    const fg = rgba(s.color);
    const bg = background(el);
    if (!bg) continue;
    const blended = [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
    const [hi, lo] = [lum(blended), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      const line = 'low contrast ' + ratio.toFixed(2) + ':1 (' + s.color + ' on rgb(' + bg.map(Math.round).join(',') + ')) ' + describe(el);
      if (!seen.has(line)) out.push(line);
      seen.add(line);
    }
  }
  return out;
})()`;

/** Accessibility basics of the screen as shown: labelled controls and AA text contrast. */
export async function auditPage(page: Page, screen: string): Promise<string[]> {
  const problems = (await page.evaluate(auditScript)) as string[];
  return problems.map((p) => `${screen}: ${p}`);
}
