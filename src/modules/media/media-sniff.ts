import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../core/errors.ts';

/** What an upload really is, judged from its bytes. */
export interface SniffedType {
  kind: 'image' | 'file';
  mime: string;
  /** Extension we store it under (without dot). */
  ext: string;
  label: string;
}

interface Accepted extends SniffedType {
  /** Extensions a truthful file name of this type may carry. */
  names: readonly string[];
}

const ACCEPTED: readonly Accepted[] = [
  { kind: 'image', mime: 'image/jpeg', ext: 'jpg', label: 'Ảnh JPEG', names: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  { kind: 'image', mime: 'image/png', ext: 'png', label: 'Ảnh PNG', names: ['png'] },
  { kind: 'image', mime: 'image/webp', ext: 'webp', label: 'Ảnh WebP', names: ['webp'] },
  { kind: 'image', mime: 'image/gif', ext: 'gif', label: 'Ảnh GIF', names: ['gif'] },
  { kind: 'file', mime: 'application/pdf', ext: 'pdf', label: 'PDF', names: ['pdf'] },
  { kind: 'file', mime: 'application/msword', ext: 'doc', label: 'Word (DOC)', names: ['doc'] },
  {
    kind: 'file',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    label: 'Word (DOCX)',
    names: ['docx'],
  },
  { kind: 'file', mime: 'application/vnd.ms-excel', ext: 'xls', label: 'Excel (XLS)', names: ['xls'] },
  {
    kind: 'file',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
    label: 'Excel (XLSX)',
    names: ['xlsx'],
  },
];

const ACCEPTED_NAMES = 'JPEG, PNG, WebP, GIF, PDF, DOC, DOCX, XLS, XLSX';
// Browsers send these when they do not know better; they claim nothing.
const NEUTRAL_CLAIMS = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export function typeLabel(mime: string): string {
  return ACCEPTED.find((a) => a.mime === mime)?.label ?? mime;
}

export function extensionOf(mime: string): string {
  return ACCEPTED.find((a) => a.mime === mime)?.ext ?? 'bin';
}

function refuse(message: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', { message, fieldErrors: { file: message } });
}

/**
 * OLE2 (compound file) is the container of both .doc and .xls: the stream names in its
 * directory tell them apart. Directory entries are 128-byte records aligned to 128 bytes (sectors
 * are 512 or 4096 bytes), with a UTF-16LE name, its byte length at +64 and the type at +66.
 */
export function ole2Streams(bytes: Buffer): Set<string> {
  const found = new Set<string>();
  const wanted = ['WordDocument', 'Workbook', 'Book'];
  for (let off = 512; off + 128 <= bytes.length; off += 128) {
    const nameBytes = bytes.readUInt16LE(off + 64);
    if (nameBytes < 2 || nameBytes > 64 || bytes[off + 66] !== 2) continue;
    const name = bytes.toString('utf16le', off, off + nameBytes - 2);
    if (wanted.includes(name)) found.add(name);
  }
  return found;
}

async function detect(bytes: Buffer): Promise<Accepted | undefined> {
  const ft = await fileTypeFromBuffer(bytes);
  if (!ft) return undefined;
  if (ft.mime === 'application/x-cfb') {
    const streams = ole2Streams(bytes);
    if (streams.has('WordDocument')) return ACCEPTED.find((a) => a.ext === 'doc');
    if (streams.has('Workbook') || streams.has('Book')) return ACCEPTED.find((a) => a.ext === 'xls');
    return undefined;
  }
  return ACCEPTED.find((a) => a.mime === ft.mime);
}

/**
 * The upload's real type, or a refusal naming the problem: an unknown type, or a name or
 * Content-Type that claims something else than the bytes (a script renamed .jpg, a PNG sent as
 * JPEG) — we never serve a file under a type it does not have.
 */
export async function sniffUpload(
  bytes: Buffer,
  fileName: string,
  claimedType: string,
): Promise<SniffedType> {
  const type = await detect(bytes);
  const ext = extname(fileName).slice(1).toLowerCase();
  if (!type) {
    const shown = ext ? ` (.${ext})` : '';
    throw refuse(
      `Nội dung tệp “${fileName}”${shown} không phải là định dạng được hỗ trợ. Chỉ nhận: ${ACCEPTED_NAMES}.`,
    );
  }
  if (ext && !type.names.includes(ext)) {
    throw refuse(
      `Tệp “${fileName}” có phần mở rộng .${ext} nhưng nội dung là ${type.label}. Vui lòng đổi tên tệp cho đúng định dạng.`,
    );
  }
  const claim = claimedType.split(';')[0]?.trim().toLowerCase() ?? '';
  const claimOk =
    NEUTRAL_CLAIMS.has(claim) || claim === type.mime || (claim === 'image/jpg' && type.ext === 'jpg');
  if (!claimOk) {
    throw refuse(`Tệp “${fileName}” được gửi là ${claim} nhưng nội dung là ${type.label}.`);
  }
  return { kind: type.kind, mime: type.mime, ext: type.ext, label: type.label };
}
