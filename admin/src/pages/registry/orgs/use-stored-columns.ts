import { useState } from 'react';
import { DEFAULT_ORG_COLUMNS, ORG_COLUMN_KEYS, type OrgColumnKey } from './org-columns';

const STORAGE_KEY = 'hoptac.registry.orgs.columns';

function read(): OrgColumnKey[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!Array.isArray(stored)) return DEFAULT_ORG_COLUMNS;
    // Columns removed in a later release drop out silently.
    return ORG_COLUMN_KEYS.filter((key) => stored.includes(key));
  } catch {
    return DEFAULT_ORG_COLUMNS;
  }
}

/** Which optional columns the list shows, remembered in this browser. */
export function useStoredColumns() {
  const [columns, setColumns] = useState<OrgColumnKey[]>(read);

  function save(next: OrgColumnKey[]) {
    setColumns(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Private mode or a full storage: the choice lasts until the page reloads.
    }
  }

  return { columns, setColumns: save, reset: () => save(DEFAULT_ORG_COLUMNS) };
}
