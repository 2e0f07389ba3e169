import type { ThemeConfig } from 'antd';

/** antd's default blue and grey text fall short of WCAG AA contrast (4.5:1); these pass. */
export const theme: ThemeConfig = {
  token: {
    colorError: '#cf1322',
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};
