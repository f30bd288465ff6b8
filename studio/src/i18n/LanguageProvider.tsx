import { createContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';

const storageKey = 'studio.lang';

function initialLang(): Lang {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
}

export interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LanguageContext = createContext<LanguageState>({ lang: 'zh', setLang: () => {} });

/** Holds the UI language (zh-CN by default), saved in localStorage and mirrored on <html lang>. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo<LanguageState>(
    () => ({
      lang,
      setLang: (next) => {
        localStorage.setItem(storageKey, next);
        setLangState(next);
      },
    }),
    [lang],
  );
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
