import type { MediaDto, MediaPage, MediaUpdate } from '../../../src/modules/media/media.dto';
import { queryClient } from '../lib/query-client';
import { ApiError, api } from './client';
import { SESSION_KEY } from './session-api';
import type { Session } from './types';

export type { MediaDto, MediaVariantDto } from '../../../src/modules/media/media.dto';

export interface MediaListParams {
  q?: string;
  page: number;
  pageSize: number;
}

export const mediaKey = (params?: MediaListParams) => (params ? ['media', params] : ['media']);
export const mediaItemKey = (mediaId: string) => ['media', 'item', mediaId];

/** Images of the library, newest first; `q` searches names, alt texts and captions. */
export function listImages(params: MediaListParams, signal?: AbortSignal) {
  return api<MediaPage>('/media', { query: { ...params, kind: 'image' }, signal });
}

export function getMedia(mediaId: string, signal?: AbortSignal) {
  return api<MediaDto>(`/media/${encodeURIComponent(mediaId)}`, { signal });
}

export function updateMedia(mediaId: string, input: MediaUpdate) {
  return api<MediaDto>(`/media/${encodeURIComponent(mediaId)}`, { method: 'PATCH', body: input });
}

const UPLOAD_FALLBACK: Record<number, string> = {
  413: 'Tệp quá lớn. Ảnh tối đa 10 MB.',
  415: 'Định dạng tệp không được hỗ trợ. Hãy chọn ảnh JPEG, PNG, WebP hoặc GIF.',
};

/**
 * Uploads one file (multipart field `file`). XMLHttpRequest rather than fetch: it reports upload
 * progress. The server answers 200 instead of 201 when the same bytes are already in the library.
 */
export function uploadMedia(file: Blob, fileName: string, onProgress?: (percent: number) => void) {
  return new Promise<MediaDto>((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, fileName);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/media');
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = queryClient.getQueryData<Session | null>(SESSION_KEY)?.csrfToken;
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.'),
      );
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // A proxy's HTML error page: the fallback message below says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as unknown as MediaDto);
      const message =
        typeof body.message === 'string' && body.message
          ? body.message
          : (UPLOAD_FALLBACK[xhr.status] ?? `Tải ảnh lên không thành công (mã ${xhr.status}).`);
      reject(
        new ApiError(xhr.status, typeof body.code === 'string' ? body.code : `HTTP_${xhr.status}`, message),
      );
    };
    xhr.send(form);
  });
}

/** The variant to show in an editor or a list: the smallest JPEG at least `minWidth` wide. */
export function previewUrl(media: MediaDto, minWidth = 320): string {
  const jpeg = media.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  return (jpeg.find((v) => v.width >= minWidth) ?? jpeg.at(-1))?.url ?? media.url;
}

/** What an inline <img> in an article body carries: a mid-size JPEG src and a WebP srcset. */
export function bodyImageAttrs(media: MediaDto) {
  const webp = media.variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width);
  const jpeg = media.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  const fallback = jpeg.filter((v) => v.width <= 800).at(-1) ?? jpeg[0];
  return {
    src: fallback?.url ?? media.url,
    srcset: webp.length > 0 ? webp.map((v) => `${v.url} ${v.width}w`).join(', ') : null,
    sizes: webp.length > 0 ? '(min-width: 64em) 46rem, 100vw' : null,
    width: fallback?.width ?? media.width,
    height: fallback?.height ?? media.height,
    mediaId: media.id,
  };
}
