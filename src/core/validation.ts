import { z } from 'zod';

// Zod's own messages (type mismatches, missing fields) in Vietnamese for every schema.
z.config(z.locales.vi());

/** '/contacts/0/name' or ['contacts', 0, 'name'] → 'contacts.0.name' (the admin maps it to a form field). */
export function fieldPath(path: string | readonly PropertyKey[]): string {
  const parts = typeof path === 'string' ? path.split('/').filter(Boolean) : path.map(String);
  return parts.join('.');
}
