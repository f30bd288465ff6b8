import { useContext } from 'react';
import { LanguageContext, type LanguageState } from './LanguageProvider';

/** The current UI language and its setter. */
export function useLang(): LanguageState {
  return useContext(LanguageContext);
}
