import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../core/errors.ts';
import { formatNumber } from '../../../lib/vi/index.ts';
import type { ImportUpload } from './import.service.ts';
import { importLimits } from './import-workbook.ts';

const fileError = (code: 'VALIDATION' | 'PAYLOAD_TOO_LARGE', message: string) =>
  new AppError(code, { message, fieldErrors: { file: message } });

const megabytes = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, { decimals: 1 })} MB`;

/** Reads the one .xlsx of a multipart upload (field "file") into memory, at most the size limit. */
export async function readImportUpload(req: FastifyRequest): Promise<ImportUpload> {
  if (!req.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      message: 'Vui lòng gửi tệp dưới dạng multipart/form-data, trong trường “file”.',
    });
  }
  const tooLarge = () =>
    fileError(
      'PAYLOAD_TOO_LARGE',
      `Tệp vượt quá ${megabytes(importLimits.maxBytes)}. Vui lòng chia thành nhiều tệp nhỏ hơn.`,
    );
  try {
    const part = await req.file({ limits: { fileSize: importLimits.maxBytes, files: 1 } });
    if (!part) throw fileError('VALIDATION', 'Vui lòng chọn một tệp Excel (.xlsx) để tải lên.');
    const bytes = await part.toBuffer();
    if (part.file.truncated || bytes.length > importLimits.maxBytes) throw tooLarge();
    return { fileName: part.filename || 'tai-len.xlsx', bytes };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw fileError('VALIDATION', 'Mỗi lần chỉ tải lên một tệp.');
    }
    throw new AppError('BAD_REQUEST', {
      message: 'Dữ liệu tải lên không đọc được. Vui lòng thử lại.',
      cause: err,
    });
  }
}
