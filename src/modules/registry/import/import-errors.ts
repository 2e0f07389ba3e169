import { AppError } from '../../../core/errors.ts';

/** The upload is not an .xlsx workbook we can read (415), the message under the file field. */
export function refuseFile(message: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', { message, fieldErrors: { file: message } });
}

/** The workbook is readable but its content cannot be imported as it is (400). */
export function refuseContent(message: string): AppError {
  return new AppError('VALIDATION', { message, fieldErrors: { file: message } });
}

/** A request that does not fit the import's current step (preview while committing…). */
export function wrongStep(message: string): AppError {
  return new AppError('CONFLICT', { message });
}
