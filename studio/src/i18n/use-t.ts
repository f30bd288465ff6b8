import { useMemo } from 'react';
import { en } from './en';
import { useLang } from './use-lang';
import { zh, type MessageKey } from './zh';

export type Vars = Record<string, string | number>;

/** A key namespace that holds codes sent by the server (event types, error codes, outcomes …). */
export type CodeNamespace =
  | 'event'
  | 'job'
  | 'outcome'
  | 'error'
  | 'role'
  | 'dir.role'
  | 'dir.kind'
  | 'status'
  | 'taskStatus'
  | 'admin.problem'
  | 'form.rule'
  | 'form.format'
  | 'login.sso.error';

export interface Translate {
  (key: MessageKey, vars?: Vars): string;
  /** A server code's text from its namespace (`lookup('event', e.type, e.type)`); the fallback when unknown. */
  lookup: (namespace: CodeNamespace, code: string, fallback: string, vars?: Vars) => string;
}

function fill(text: string, vars?: Vars): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/** The translate function for the current language; `{name}` placeholders are filled from vars. */
export function useT(): Translate {
  const { lang } = useLang();
  return useMemo(() => {
    const dict: Record<MessageKey, string> = lang === 'en' ? en : zh;
    const t = ((key: MessageKey, vars?: Vars) => fill(dict[key], vars)) as Translate;
    t.lookup = (namespace, code, fallback, vars) => {
      const key = `${namespace}.${code}`;
      return isMessageKey(key) ? fill(dict[key], vars) : fallback;
    };
    return t;
  }, [lang]);
}
