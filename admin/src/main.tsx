import 'dayjs/locale/vi';
import { QueryClientProvider } from '@tanstack/react-query';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminApp } from './app';
import { queryClient } from './lib/query-client';
import { theme } from './lib/theme';

dayjs.locale('vi');

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={theme}>
      <App>
        <QueryClientProvider client={queryClient}>
          <AdminApp />
        </QueryClientProvider>
      </App>
    </ConfigProvider>
  </StrictMode>,
);
