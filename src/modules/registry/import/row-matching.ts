import { labelKey } from './cell-values.ts';
import type { AddressCandidate, ChoicesInput } from './import.dto.ts';
import type { PreparedRow } from './import-types.ts';

// Abbreviations written at the start of names: "HTX Đồng Tâm" is "Hợp tác xã Đồng Tâm".
const NAME_PREFIXES: readonly [RegExp, string][] = [
  [/^(lhhtx|lien hiep htx|lh htx)\b/, 'lien hiep hop tac xa'],
  [/^(qtdnd|quy tdnd)\b/, 'quy tin dung nhan dan'],
  [/^htx\b/, 'hop tac xa'],
  [/^tht\b/, 'to hop tac'],
];

/** The name as duplicates are recognised: no marks, case, punctuation, quotes or abbreviations. */
export function normalName(name: string): string {
  let key = labelKey(name.replace(/["'“”‘’«»]/g, ' '));
  for (const [re, full] of NAME_PREFIXES) key = key.replace(re, full);
  return key;
}

/** The commune a row ends up with: the user's choice, else the resolver's confident or likely match. */
export function effectiveCommune(row: PreparedRow, choices: ChoicesInput): AddressCandidate | null {
  const a = row.address;
  if (!a) return null;
  const chosen = choices[String(row.rowNumber)];
  if (chosen !== undefined) {
    if (chosen === null) return null;
    return [a.commune, ...a.alternatives].find((c) => c?.code === chosen) ?? null;
  }
  return a.state === 'matched' || a.state === 'low_confidence' ? a.commune : null;
}

/** What the matcher needs of an organisation in the register. */
export interface RegisterKey {
  id: string;
  name: string;
  regCode: string | null;
  communeCode: string | null;
}

export type RowMatch =
  | { kind: 'new' }
  | { kind: 'existing'; orgId: string; by: 'code' | 'name' }
  | { kind: 'duplicate'; ofRow: number; by: 'code' | 'name' };

const nameKey = (name: string, commune: string | null) => `${normalName(name)}|${commune ?? ''}`;

/**
 * Finds, for each acceptable row, the organisation it is: by registration code, else by
 * normalised name + commune (an organisation with another code is never the same one). A row
 * that repeats an earlier row of the file, or claims an organisation an earlier row already
 * took, is a duplicate. Rows with errors (`skip`) take part in nothing.
 */
export function matchRows(
  rows: readonly PreparedRow[],
  choices: ChoicesInput,
  register: readonly RegisterKey[],
  skip: (row: PreparedRow) => boolean,
): RowMatch[] {
  const byCode = new Map<string, RegisterKey>();
  const byName = new Map<string, RegisterKey[]>();
  for (const org of register) {
    if (org.regCode) byCode.set(org.regCode.toUpperCase(), org);
    const key = nameKey(org.name, org.communeCode);
    byName.set(key, [...(byName.get(key) ?? []), org]);
  }
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, { rowNumber: number; code: string | null }>();
  const claimed = new Map<string, number>();

  return rows.map((row): RowMatch => {
    if (skip(row)) return { kind: 'new' };
    const code = row.values.regCode ?? null;
    const commune = effectiveCommune(row, choices)?.code ?? null;
    const name = row.values.name ?? '';
    const key = nameKey(name, commune);
    const earlierCode = code ? seenCodes.get(code) : undefined;
    if (earlierCode !== undefined) return { kind: 'duplicate', ofRow: earlierCode, by: 'code' };
    // Two registration codes are two organisations, whatever their names.
    const earlierName = seenNames.get(key);
    if (earlierName && !(earlierName.code && code && earlierName.code !== code)) {
      return { kind: 'duplicate', ofRow: earlierName.rowNumber, by: 'name' };
    }
    if (code) seenCodes.set(code, row.rowNumber);
    if (!earlierName) seenNames.set(key, { rowNumber: row.rowNumber, code });

    const sameCode = code ? byCode.get(code) : undefined;
    const sameName = sameCode
      ? undefined
      : (byName.get(key) ?? []).find((o) => !o.regCode || !code || o.regCode.toUpperCase() === code);
    const org = sameCode ?? sameName;
    if (!org) return { kind: 'new' };
    const by = sameCode ? 'code' : 'name';
    const earlier = claimed.get(org.id);
    if (earlier !== undefined) return { kind: 'duplicate', ofRow: earlier, by };
    claimed.set(org.id, row.rowNumber);
    return { kind: 'existing', orgId: org.id, by };
  });
}
