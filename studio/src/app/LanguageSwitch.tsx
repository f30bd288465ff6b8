import { useLang, useT } from '../i18n';

/** 中文 / English toggle; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  return (
    <div className="lang-switch" role="group" aria-label={t('nav.language')}>
      <button
        type="button"
        aria-pressed={lang === 'zh'}
        onClick={() => setLang('zh')}
        data-testid="lang-zh"
        lang="zh-CN"
      >
        中文
      </button>
      <button
        type="button"
        aria-pressed={lang === 'en'}
        onClick={() => setLang('en')}
        data-testid="lang-en"
        lang="en"
      >
        English
      </button>
    </div>
  );
}
