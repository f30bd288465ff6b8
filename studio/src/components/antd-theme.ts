import type { ThemeConfig } from 'antd';

/**
 * antd tokens that keep text at WCAG AA contrast (4.5:1) on white and on the page background:
 * antd's defaults (secondary text at 45 % black, #ff4d4f errors, light status colours) fall short.
 */
export const antdTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1557b0',
    colorInfo: '#1557b0',
    colorError: '#c0392b',
    colorErrorText: '#b42318',
    colorWarning: '#a35200',
    colorWarningText: '#8a4500',
    colorSuccess: '#2e7d32',
    colorSuccessText: '#1e6b22',
    colorSuccessBg: '#edf7ee',
    colorSuccessBorder: '#a5d6a7',
    colorErrorBg: '#fdecea',
    colorErrorBorder: '#f1b0a9',
    colorWarningBg: '#fff4e0',
    colorWarningBorder: '#f2c77e',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
  },
};
