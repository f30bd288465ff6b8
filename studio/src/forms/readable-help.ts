import { useLang } from '../i18n';

const englishSentence = /[A-Za-z]+[\s,]+[A-Za-z]+[\s,]+[A-Za-z]+/;

/**
 * Whether a help text or description reads in the interface language: in Chinese an English
 * sentence (the mechanism schema's own descriptions) is left out rather than shown to the reader.
 */
export function useReadableHelp(): (text: unknown) => text is string {
  const { lang } = useLang();
  return (text): text is string =>
    typeof text === 'string' && text !== '' && (lang !== 'zh' || !englishSentence.test(text));
}
