// Tiny i18n: zh-CN first, English switch; language saved in localStorage.
export { LanguageProvider, type Lang } from './LanguageProvider';
export { useLang } from './use-lang';
export { useT, type Translate } from './use-t';
export { useLabel } from './use-label';
export { useFormat } from './use-format';
export type { MessageKey } from './zh';
