import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { formatFileSize } from './file-size.ts';
import { MAX_UPLOAD_BYTES, type UploadInput } from './media.service.ts';

function fieldValue(field: unknown): string | undefined {
  const f = Array.isArray(field) ? field[0] : field;
  if (f && typeof f === 'object' && (f as { type?: unknown }).type === 'field') {
    const v = (f as { value?: unknown }).value;
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

const fileError = (code: 'VALIDATION' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE', message: string) =>
  new AppError(code, { message, fieldErrors: { file: message } });

/**
 * Reads the one file of a multipart upload (field "file"; optional "alt" and "caption" before it)
 * into memory, at most MAX_UPLOAD_BYTES. Multipart errors become Vietnamese AppErrors.
 */
export async function readUpload(req: FastifyRequest): Promise<UploadInput> {
  if (!req.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      message: 'Vui lòng gửi tệp dưới dạng multipart/form-data, trong trường “file”.',
    });
  }
  try {
    const part = await req.file({ limits: { fileSize: MAX_UPLOAD_BYTES } });
    if (!part) throw fileError('VALIDATION', 'Vui lòng chọn một tệp để tải lên.');
    const bytes = await part.toBuffer();
    return {
      fileName: part.filename,
      claimedType: part.mimetype ?? '',
      bytes,
      alt: fieldValue(part.fields.alt),
      caption: fieldValue(part.fields.caption),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fileError(
        'PAYLOAD_TOO_LARGE',
        `Tệp vượt quá ${formatFileSize(MAX_UPLOAD_BYTES)} (giới hạn ảnh 10 MB, tài liệu 20 MB).`,
      );
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw fileError('VALIDATION', 'Mỗi lần chỉ tải lên một tệp.');
    }
    throw new AppError('BAD_REQUEST', {
      message: 'Dữ liệu tải lên không đọc được. Vui lòng thử lại.',
      cause: err,
    });
  }
}
