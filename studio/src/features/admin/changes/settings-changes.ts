import type { JsonValue } from '../../../api/definition-types';
import type { Lang } from '../../../i18n';
import { fieldTitlesZh } from '../settings/field-titles';
import { isLabel, isObj, itemName, valueText, type ChangeLine } from './change-line';

const daysSuffix = '（工作日）';

/** A field's title, and the unit its numbers are shown with (工作日 for day counts). */
function fieldTitle(key: string, lang: Lang): { title: string; unit?: string } {
  const zh = fieldTitlesZh[key];
  const days = /WorkingDays$|^workingDays$/.test(key);
  if (lang === 'en') return { title: key, ...(days ? { unit: 'working days' } : {}) };
  if (days && zh?.endsWith(daysSuffix)) return { title: zh.slice(0, -daysSuffix.length), unit: '个工作日' };
  return { title: zh ?? key, ...(days ? { unit: '个工作日' } : {}) };
}

const keyed = (list: JsonValue[]) => list.every((x) => isObj(x) && typeof x.id === 'string');

/**
 * Differences between two mechanism settings in words — the section, the item by its name and the
 * field by its title, with values — never JSON pointers: `专业类 办理时限：5 个工作日 → 3 个工作日`.
 */
export function settingsChanges(before: JsonValue, after: JsonValue, lang: Lang): ChangeLine[] {
  const out: ChangeLine[] = [];
  if (!isObj(before) || !isObj(after)) return out;
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const section = fieldTitle(key, lang).title;
    walk(
      before[key],
      after[key],
      [],
      key,
      (kind, text) => out.push({ area: 'settings', kind, section, text }),
      lang,
    );
  }
  return out;
}

type Emit = (kind: ChangeLine['kind'], text: string) => void;

/** A renamed item's old value with the new name, so the rename is said once, not again per label. */
function renamedOnly(old: JsonValue, item: JsonValue, renamed: boolean): JsonValue {
  if (!renamed || !isObj(old) || !isObj(item)) return old;
  const names = ['label', 'name', 'title'].filter((k) => k in item);
  return { ...old, ...Object.fromEntries(names.map((k) => [k, item[k] as JsonValue])) };
}

function walk(
  a: JsonValue | undefined,
  b: JsonValue | undefined,
  path: string[],
  key: string,
  emit: Emit,
  lang: Lang,
) {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const en = lang === 'en';
  const where = path.join(' ');
  if (Array.isArray(a) && Array.isArray(b) && keyed(a) && keyed(b)) {
    const id = (x: JsonValue) => (x as { id: string }).id;
    for (const item of a.filter((x) => !b.some((y) => id(y) === id(x))))
      emit('removed', `${where ? `${where} ` : ''}${en ? 'removed' : '删除'}：${itemName(item, lang)}`);
    for (const item of b.filter((x) => !a.some((y) => id(y) === id(x))))
      emit('added', `${where ? `${where} ` : ''}${en ? 'added' : '新增'}：${itemName(item, lang)}`);
    for (const item of b) {
      const old = a.find((y) => id(y) === id(item));
      if (old === undefined) continue;
      const [was, now] = [itemName(old, lang), itemName(item, lang)];
      if (was !== now)
        emit('changed', en ? `${where} "${was}" renamed "${now}"` : `${where}「${was}」改名为「${now}」`);
      walk(renamedOnly(old, item, was !== now), item, [...path, now], key, emit, lang);
    }
    return;
  }
  if (isObj(a) && isObj(b) && !isLabel(a) && !isLabel(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])])
      walk(a[k], b[k], [...path, fieldTitle(k, lang).title], k, emit, lang);
    return;
  }
  const { unit } = fieldTitle(key, lang);
  const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  // a label whose Chinese stayed: its English changed, say that one
  const shown = isLabel(a) && isLabel(b) && a.zh === b.zh ? 'en' : lang;
  emit(kind, `${where}${en ? ': ' : '：'}${valueText(a, shown, unit)} → ${valueText(b, shown, unit)}`);
}
