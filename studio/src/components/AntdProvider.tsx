import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLang } from '../i18n';
import { antdTheme } from './antd-theme';

/**
 * antd for the whole studio: the contrast-safe tokens and the interface language's locale. Buttons
 * keep their text as written (antd would put a space between two Chinese characters: 退 回).
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={antdTheme}
      button={{ autoInsertSpace: false }}
    >
      {children}
    </ConfigProvider>
  );
}
