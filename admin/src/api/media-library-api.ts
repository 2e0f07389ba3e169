import type { QueryClient } from '@tanstack/react-query';
import type { MediaDto, MediaKind, MediaPage, MediaUpdate } from '../../../src/modules/media/media.dto.ts';
import { queryClient } from '../lib/query-client';
import { ApiError, api } from './client';
import { SESSION_KEY } from './session-api';
import type { Session } from './types';

export type { MediaDto, MediaKind, MediaPage, MediaUpdate };

export interface MediaListParams {
  q?: string;
  kind?: MediaKind | '';
  page: number;
  pageSize: number;
}

export const mediaLibraryKey = (params?: MediaListParams) =>
  params ? ['media-library', params] : ['media-library'];

/** After a change in the library: this page's lists, and the editor's image picker (['media', …]). */
export function invalidateMediaQueries(queryClient: QueryClient): void {
  queryClient.invalidateQueries({ queryKey: mediaLibraryKey() });
  queryClient.invalidateQueries({ queryKey: ['media'] });
}

export function listMedia(params: MediaListParams, signal?: AbortSignal) {
  return api<MediaPage>('/media', { query: { ...params }, signal });
}

export function updateMedia(id: string, input: MediaUpdate) {
  return api<MediaDto>(`/media/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function deleteMedia(id: string) {
  return api<void>(`/media/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export interface UploadOutcome {
  asset: MediaDto;
  /** False when the library already had these exact bytes: the existing asset came back. */
  created: boolean;
}

/**
 * POST /media as multipart (field "file"), with upload progress — which fetch cannot report.
 * Errors come back as ApiError carrying the server's Vietnamese message.
 */
export function uploadMediaFile(
  file: File,
  { onProgress, signal }: { onProgress?: (percent: number) => void; signal?: AbortSignal } = {},
): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/media');
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = queryClient.getQueryData<Session | null>(SESSION_KEY)?.csrfToken;
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 200 || xhr.status === 201) {
        resolve({ asset: body as MediaDto, created: xhr.status === 201 });
        return;
      }
      const error = toUploadError(xhr.status, body);
      // Same rule as every other request: a 401 means the session is gone.
      if (error.status === 401) queryClient.setQueryData(SESSION_KEY, null);
      reject(error);
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.'),
      );
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'Đã hủy tải lên.'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const UPLOAD_FALLBACKS: Record<number, string> = {
  403: 'Bạn không có quyền tải tệp lên.',
  413: 'Tệp quá lớn (giới hạn ảnh 10 MB, tài liệu 20 MB).',
  415: 'Định dạng tệp không được hỗ trợ.',
};

function toUploadError(status: number, payload: unknown): ApiError {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  const fieldErrors =
    typeof body.fieldErrors === 'object' && body.fieldErrors !== null
      ? (body.fieldErrors as Record<string, string>)
      : {};
  // The file's own problem ("Tệp … vượt giới hạn …") is the most precise text the server gives.
  const message =
    fieldErrors.file ??
    (typeof body.message === 'string' && body.message ? body.message : undefined) ??
    UPLOAD_FALLBACKS[status] ??
    `Máy chủ gặp lỗi (mã ${status}). Vui lòng thử lại sau.`;
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  return new ApiError(status, code, message, fieldErrors);
}
