import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';

type Query = Record<string, string | number | undefined>;

interface Props extends Omit<ButtonProps, 'onClick' | 'loading' | 'href'> {
  /** API path under /api/v1, e.g. "/orgs/export.xlsx". */
  path: string;
  query?: Query;
  /** Used when the server names no file. */
  fallbackName: string;
}

/**
 * Downloads a file from the API with the session cookie. A fetch rather than a plain link, so a
 * refused request (bad filter, expired session) shows the server's Vietnamese message instead of
 * navigating to a JSON error page.
 */
export function DownloadButton({ path, query, fallbackName, children, ...props }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const response = await fetch(`/api/v1${path}${queryString(query)}`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(await errorMessage(response));
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(response.headers.get('content-disposition')) ?? fallbackName;
      document.body.append(link);
      link.click();
      link.remove();
      // The click has handed the blob to the download manager; the URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      const text = error instanceof Error && error.message ? error.message : 'Không tải được tệp.';
      message.error({ content: text, duration: 8 });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} {...props} loading={busy} onClick={download}>
      {children}
    </Button>
  );
}

function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string' && body.message) return body.message;
  } catch {
    // Not JSON: the generic message below says enough.
  }
  if (response.status === 401) return 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';
  if (response.status === 403) return 'Bạn không có quyền tải tệp này.';
  return `Không tải được tệp (mã ${response.status}). Vui lòng thử lại.`;
}

/** The name in Content-Disposition: filename*=UTF-8''… first (Vietnamese names), then filename="…". */
function fileName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]+)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(header)?.[1] ?? null;
}
