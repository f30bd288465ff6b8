/**
 * Form `pattern`s run in a linear-time engine with RE2 semantics (re2js) on the server, so no
 * pattern an admin writes can backtrack catastrophically on what an enterprise types (platform
 * default, issue 13). A pattern RE2 cannot express — backreferences, lookaround — is refused at
 * publish with a Chinese reason (`patternProblem`).
 */
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { RE2JS } from 're2js';

/** The first backreference (`\1`…`\9`, `\k<name>`) outside an escape, if any. */
function backreference(pattern: string): string | null {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') continue;
    const next = pattern[i + 1] ?? '';
    if (/[1-9]/.test(next)) return `\\${next}`;
    if (next === 'k' && pattern[i + 2] === '<') return '\\k<…>';
    i++;
  }
  return null;
}

const lookaround = /\(\?(=|!|<=|<!)/;

function compile(pattern: string): RE2JS {
  return RE2JS.compile(RE2JS.translateRegExp(pattern));
}

/** Why RE2 cannot run this pattern (in Chinese), or null when it can. */
export function patternProblem(pattern: string): string | null {
  const reference = backreference(pattern);
  if (reference)
    return `正则表达式使用了反向引用 ${reference}，线性时间引擎（RE2）不支持；请改写为不依赖反向引用的模式`;
  if (lookaround.test(pattern))
    return '正则表达式使用了环视（(?=…)、(?!…)、(?<=…)、(?<!…)），线性时间引擎（RE2）不支持';
  try {
    compile(pattern);
    return null;
  } catch (e) {
    return `正则表达式无法由线性时间引擎（RE2）编译：${e instanceof Error ? e.message : String(e)}`;
  }
}

/**
 * Ajv's `code.regExp`: patterns compiled by re2js (a pattern RE2 cannot express fails compilation).
 * Ajv keys compiled patterns by `toString()`, so each states its own source.
 */
export const re2RegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    const problem = patternProblem(pattern);
    if (problem) throw new Error(problem);
    const re = compile(pattern);
    return { test: (s: string) => re.test(s), toString: () => `/${pattern}/${flags}` };
  },
  { code: 're2js' },
);

/** Every `pattern` (and `patternProperties` key) of a JSON Schema, with its JSON pointer. */
export function schemaPatterns(schema: unknown, pointer = ''): { pointer: string; pattern: string }[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => schemaPatterns(s, `${pointer}/${i}`));
  if (typeof schema !== 'object' || schema === null) return [];
  const found: { pointer: string; pattern: string }[] = [];
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === 'pattern' && typeof value === 'string') found.push({ pointer: at, pattern: value });
    else if (key === 'patternProperties' && typeof value === 'object' && value !== null)
      for (const p of Object.keys(value)) found.push({ pointer: `${at}/${p}`, pattern: p });
    if (key !== 'enum' && key !== 'const' && key !== 'examples' && key !== 'default')
      found.push(...schemaPatterns(value, at));
  }
  return found;
}
