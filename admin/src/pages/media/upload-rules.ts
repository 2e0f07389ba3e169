import type { MediaKind } from '../../api/media-library-api';

/** The server's limits (media.service.ts): checked here first so nobody waits for a refusal. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface AcceptedType {
  kind: MediaKind;
  label: string;
  extensions: readonly string[];
}

// Mirrors ACCEPTED in media-sniff.ts; the server still judges the bytes, this only spares a round trip.
const ACCEPTED: readonly AcceptedType[] = [
  { kind: 'image', label: 'Ảnh JPEG', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  { kind: 'image', label: 'Ảnh PNG', extensions: ['png'] },
  { kind: 'image', label: 'Ảnh WebP', extensions: ['webp'] },
  { kind: 'image', label: 'Ảnh GIF', extensions: ['gif'] },
  { kind: 'file', label: 'PDF', extensions: ['pdf'] },
  { kind: 'file', label: 'Word (DOC)', extensions: ['doc'] },
  { kind: 'file', label: 'Word (DOCX)', extensions: ['docx'] },
  { kind: 'file', label: 'Excel (XLS)', extensions: ['xls'] },
  { kind: 'file', label: 'Excel (XLSX)', extensions: ['xlsx'] },
];

const NAMES: Record<MediaKind | 'any', string> = {
  image: 'JPEG, PNG, WebP, GIF',
  file: 'PDF, DOC, DOCX, XLS, XLSX',
  any: 'JPEG, PNG, WebP, GIF, PDF, DOC, DOCX, XLS, XLSX',
};

export type AllowedKinds = MediaKind | 'any';

/** For the file dialog's filter (`accept`). */
export function acceptAttribute(allowed: AllowedKinds): string {
  return ACCEPTED.filter((t) => allowed === 'any' || t.kind === allowed)
    .flatMap((t) => t.extensions.map((ext) => `.${ext}`))
    .join(',');
}

export function allowedNames(allowed: AllowedKinds): string {
  return NAMES[allowed];
}

/** The refusal the server would give for this file's name or size, or null when it may go. */
export function precheckUpload(file: File, allowed: AllowedKinds): string | null {
  const ext = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  const type = ACCEPTED.find((t) => t.extensions.includes(ext));
  if (!type || (allowed !== 'any' && type.kind !== allowed)) {
    const shown = ext ? ` (.${ext})` : '';
    return `Tệp “${file.name}”${shown} không phải là định dạng được hỗ trợ. Chỉ nhận: ${NAMES[allowed]}.`;
  }
  if (file.size === 0) return `Tệp “${file.name}” rỗng (0 byte).`;
  const limit = type.kind === 'image' ? MAX_IMAGE_BYTES : MAX_FILE_BYTES;
  if (file.size > limit) {
    const what = type.kind === 'image' ? 'Ảnh' : 'Tệp tài liệu';
    return `${what} “${file.name}” có dung lượng ${formatBytes(file.size)}, vượt giới hạn ${formatBytes(limit)}.`;
  }
  return null;
}

const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const noDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 1234567 → "1,2 MB" (Vietnamese decimal comma), as the server writes sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${noDecimal.format(bytes / 1024)} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}
