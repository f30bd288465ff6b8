import type { JsonValue } from '../../../api/definition-types';
import type { Lang } from '../../../i18n';

/** One change a person reads before publishing: what area, added/removed/changed, in words. */
export interface ChangeLine {
  area: 'settings' | 'forms' | 'process';
  kind: 'added' | 'removed' | 'changed';
  /** The section it belongs to (诉求类别, 表单「答复」, 流程「…」). */
  section: string;
  text: string;
}

export const isObj = (v: JsonValue | undefined): v is { [k: string]: JsonValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{zh, en}` labels of the mechanism. */
export const isLabel = (v: JsonValue | undefined): v is { zh: string; en?: string } =>
  isObj(v) && typeof v.zh === 'string' && Object.keys(v).every((k) => k === 'zh' || k === 'en');

/** The name a person knows an item by: its label, name or title; its id only as a last resort. */
export function itemName(v: JsonValue | undefined, lang: Lang): string {
  if (!isObj(v)) return String(v ?? '');
  for (const key of ['label', 'name', 'title']) {
    const l = v[key];
    if (isLabel(l)) return lang === 'en' && l.en ? l.en : l.zh;
    if (typeof l === 'string') return l;
  }
  return String(v.id ?? v.key ?? '');
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** A value in words: labels by language, yes/no, lists joined, long text clipped. */
export function valueText(v: JsonValue | undefined, lang: Lang, unit?: string): string {
  if (v === undefined || v === null) return lang === 'en' ? '(none)' : '（无）';
  if (typeof v === 'boolean') return v ? (lang === 'en' ? 'yes' : '是') : lang === 'en' ? 'no' : '否';
  if (typeof v === 'number' && unit) return `${v} ${unit}`;
  if (isLabel(v)) return lang === 'en' && v.en ? v.en : v.zh;
  if (Array.isArray(v))
    return clip(v.map((x) => (isObj(x) ? itemName(x, lang) : String(x))).join(lang === 'en' ? ', ' : '、'));
  if (isObj(v)) return clip(itemName(v, lang) || JSON.stringify(v));
  return clip(String(v));
}
