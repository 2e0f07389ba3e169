import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the server's field errors on the matching form fields (typed values stay as they are)
 * and returns the text to show above the form: the server message plus errors no field shows.
 */
export function applyServerErrors(form: FormInstance, error: unknown): string {
  if (!(error instanceof ApiError)) return 'Đã có lỗi không mong muốn. Vui lòng thử lại.';
  const fieldNames = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const unshown: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [key, message] of Object.entries(error.fieldErrors)) {
    if (fieldNames.has(key)) fields.push({ name: toNamePath(key), errors: [message] });
    else unshown.push(message);
  }
  form.setFields(fields);
  return [error.message, ...unshown].join(' ');
}

/** "settings.contacts.0.name" → ['settings', 'contacts', 0, 'name'] as antd names list fields. */
function toNamePath(key: string): (string | number)[] {
  return key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
