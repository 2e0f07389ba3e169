import { fileTypeFromBuffer } from 'file-type';
import { refuseFile } from './import-errors.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const SAVE_AS_XLSX =
  'Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx) rồi tải lên lại.';

/**
 * Names of the streams in an OLE2 compound file's directory: 128-byte records aligned to 128 bytes,
 * a UTF-16LE name, its byte length at +64 and the entry type at +66 (1 storage, 2 stream, 5 root).
 */
export function compoundFileStreams(bytes: Buffer): Set<string> {
  const names = new Set<string>();
  for (let off = 512; off + 128 <= bytes.length; off += 128) {
    const nameBytes = bytes.readUInt16LE(off + 64);
    const type = bytes[off + 66];
    if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2 !== 0 || (type !== 1 && type !== 2)) continue;
    names.add(bytes.toString('utf16le', off, off + nameBytes - 2));
  }
  return names;
}

const LABELS: Record<string, string> = {
  docx: 'văn bản Word (.docx)',
  pptx: 'bài trình chiếu PowerPoint (.pptx)',
  zip: 'tệp nén (.zip)',
  pdf: 'tài liệu PDF',
  odt: 'văn bản OpenDocument (.odt)',
  ods: 'bảng tính OpenDocument (.ods)',
  png: 'ảnh PNG',
  jpg: 'ảnh JPEG',
  gif: 'ảnh GIF',
  webp: 'ảnh WebP',
  rar: 'tệp nén RAR',
  '7z': 'tệp nén 7z',
};

function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  return !head.includes(0) && /[\n,;\t]/.test(head.toString('utf8'));
}

/**
 * Refuses anything that is not an .xlsx workbook judged by its bytes, whatever its name says:
 * a password-protected workbook (an encrypted OLE2 container), an old .xls, a Word file or a CSV
 * renamed .xlsx, a zip, an image. Each refusal says what the file is and what to do.
 */
export async function assertXlsx(bytes: Buffer, fileName: string): Promise<void> {
  if (bytes.length === 0) throw refuseFile(`Tệp “${fileName}” rỗng (0 byte).`);
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    const streams = compoundFileStreams(bytes);
    if (streams.has('EncryptedPackage') || streams.has('EncryptionInfo')) {
      throw refuseFile(
        `Tệp “${fileName}” được đặt mật khẩu nên không đọc được. Vui lòng mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi tải lên.`,
      );
    }
    if (streams.has('Workbook') || streams.has('Book')) {
      throw refuseFile(`Tệp “${fileName}” là định dạng Excel cũ (.xls). ${SAVE_AS_XLSX}`);
    }
    if (streams.has('WordDocument')) {
      throw refuseFile(`Tệp “${fileName}” là văn bản Word (.doc), không phải bảng tính Excel (.xlsx).`);
    }
    throw refuseFile(`Tệp “${fileName}” không phải bảng tính Excel (.xlsx).`);
  }
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === XLSX_MIME) return;
  if (type) {
    const what = LABELS[type.ext] ?? `định dạng .${type.ext}`;
    throw refuseFile(`Tệp “${fileName}” thực chất là ${what}, không phải bảng tính Excel (.xlsx).`);
  }
  if (looksLikeText(bytes)) {
    throw refuseFile(
      `Tệp “${fileName}” là văn bản thuần (CSV/TXT), không phải bảng tính Excel. ${SAVE_AS_XLSX}`,
    );
  }
  throw refuseFile(`Không nhận ra định dạng của tệp “${fileName}”. Chỉ nhận bảng tính Excel (.xlsx).`);
}
