import { useMemo } from 'react';
import { en } from './en';
import { useLang } from './use-lang';
import { zh, type MessageKey } from './zh';

export type Vars = Record<string, string | number>;

export interface Translate {
  (key: MessageKey, vars?: Vars): string;
  /** For keys built at run time (event types, error codes): the fallback when there is none. */
  dynamic: (key: string, fallback: string, vars?: Vars) => string;
}

function fill(text: string, vars?: Vars): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

/** The translate function for the current language; `{name}` placeholders are filled from vars. */
export function useT(): Translate {
  const { lang } = useLang();
  return useMemo(() => {
    const dict: Record<string, string> = lang === 'en' ? en : zh;
    const t = ((key: MessageKey, vars?: Vars) => fill(dict[key] ?? zh[key], vars)) as Translate;
    t.dynamic = (key, fallback, vars) => fill(dict[key] ?? fallback, vars);
    return t;
  }, [lang]);
}
