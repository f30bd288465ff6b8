import type { FormFile, JsonObject, JsonValue } from '../../../api/definition-types';
import type { Lang } from '../../../i18n';
import { isObj, valueText, type ChangeLine } from './change-line';

const title = (schema: JsonObject | undefined, fallback: string) =>
  typeof schema?.title === 'string' ? schema.title : fallback;
const props = (f: FormFile | undefined) => (isObj(f?.schema.properties) ? f.schema.properties : {});
const required = (f: FormFile | undefined) =>
  new Set(Array.isArray(f?.schema.required) ? (f.schema.required as string[]) : []);

/** Options of a field: enum values or oneOf `{const, title}` titles. */
function options(field: JsonValue | undefined): string[] {
  if (!isObj(field)) return [];
  if (Array.isArray(field.enum)) return field.enum.map(String);
  const items = isObj(field.items) ? field.items : field;
  const list = Array.isArray(items.oneOf) ? items.oneOf : Array.isArray(items.enum) ? items.enum : [];
  return list.map((o) => (isObj(o) ? String(o.title ?? o.const) : String(o)));
}

/** Form differences in words: forms and fields by their titles, what changed about a field. */
export function formChanges(before: FormFile[], after: FormFile[], lang: Lang): ChangeLine[] {
  const en = lang === 'en';
  const out: ChangeLine[] = [];
  const line = (kind: ChangeLine['kind'], section: string, text: string) =>
    out.push({ area: 'forms', kind, section, text });
  const formName = (f: FormFile) => `${en ? 'Form' : '表单'}「${title(f.schema, f.key)}」`;
  for (const f of before.filter((x) => !after.some((y) => y.key === x.key)))
    line('removed', formName(f), en ? 'form removed' : '删除表单');
  for (const f of after) {
    const old = before.find((x) => x.key === f.key);
    if (!old) {
      line('added', formName(f), en ? 'form added' : '新增表单');
      continue;
    }
    if (JSON.stringify(old) === JSON.stringify(f)) continue;
    const section = formName(f);
    const [was, now] = [props(old), props(f)];
    const [wasRequired, nowRequired] = [required(old), required(f)];
    const fieldName = (k: string) => `「${title((now[k] ?? was[k]) as JsonObject, k)}」`;
    for (const k of Object.keys(now).filter((k) => !(k in was)))
      line(
        'added',
        section,
        `${en ? 'field added' : '新增字段'}${fieldName(k)}${nowRequired.has(k) ? (en ? ' (required)' : '（必填）') : ''}`,
      );
    for (const k of Object.keys(was).filter((k) => !(k in now)))
      line('removed', section, `${en ? 'field removed' : '删除字段'}${fieldName(k)}`);
    for (const k of Object.keys(now).filter((k) => k in was)) {
      const what = fieldChange(was[k], now[k], wasRequired.has(k), nowRequired.has(k), lang);
      if (what) line('changed', section, `${en ? 'field' : '字段'}${fieldName(k)}${en ? ': ' : '：'}${what}`);
    }
    const { properties: _p, required: _r, ...restOld } = old.schema;
    const { properties: _q, required: _s, ...restNew } = f.schema;
    if (JSON.stringify(restOld) !== JSON.stringify(restNew))
      line(
        'changed',
        section,
        en ? 'form rules (conditions, title) changed' : '表单规则（条件、标题）已修改',
      );
    if (JSON.stringify(old.ui) !== JSON.stringify(f.ui))
      line('changed', section, en ? 'layout changed' : '界面设置已修改');
  }
  return out;
}

function fieldChange(
  a: JsonValue | undefined,
  b: JsonValue | undefined,
  wasReq: boolean,
  nowReq: boolean,
  lang: Lang,
): string {
  const en = lang === 'en';
  const parts: string[] = [];
  if (wasReq !== nowReq)
    parts.push(nowReq ? (en ? 'now required' : '改为必填') : en ? 'now optional' : '改为选填');
  if (!isObj(a) || !isObj(b) || JSON.stringify(a) === JSON.stringify(b)) return parts.join(en ? '; ' : '；');
  const arrow = (k: string, label: string) => {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k]))
      parts.push(`${label} ${valueText(a[k], lang)} → ${valueText(b[k], lang)}`);
  };
  arrow('title', en ? 'title' : '标题');
  arrow('type', en ? 'type' : '类型');
  arrow('maxLength', en ? 'max length' : '最大长度');
  arrow('pattern', en ? 'pattern' : '格式');
  const [was, now] = [options(a), options(b)];
  const added = now.filter((o) => !was.includes(o));
  const removed = was.filter((o) => !now.includes(o));
  if (added.length) parts.push(`${en ? 'options added' : '新增选项'} ${added.join('、')}`);
  if (removed.length) parts.push(`${en ? 'options removed' : '删除选项'} ${removed.join('、')}`);
  if (!parts.length) parts.push(en ? 'settings changed' : '设置已修改');
  return parts.join(en ? '; ' : '；');
}
