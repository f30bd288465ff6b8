import { useLang } from '../i18n';

/** Mostly Latin letters: "A lower-case kebab-case identifier (标识)." reads as English. */
function english(text: string): boolean {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const chinese = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return latin > 2 * chinese;
}

/**
 * Whether a help text or description reads in the interface language: in Chinese an English
 * sentence (the mechanism schema's own descriptions) is left out rather than shown to the reader.
 */
export function useReadableHelp(): (text: unknown) => text is string {
  const { lang } = useLang();
  return (text): text is string =>
    typeof text === 'string' && text !== '' && (lang !== 'zh' || !english(text));
}
