import { useLang, useT } from '../i18n';

/** The languages offered, each named in itself. */
const languages = [
  { lang: 'zh', name: '中文', htmlLang: 'zh-CN' },
  { lang: 'en', name: 'English', htmlLang: 'en' },
] as const;

/** 中文 / English toggle; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  return (
    <div className="lang-switch" role="group" aria-label={t('nav.language')}>
      {languages.map((l) => (
        <button
          key={l.lang}
          type="button"
          aria-pressed={lang === l.lang}
          onClick={() => setLang(l.lang)}
          data-testid={`lang-${l.lang}`}
          lang={l.htmlLang}
        >
          {l.name}
        </button>
      ))}
    </div>
  );
}
