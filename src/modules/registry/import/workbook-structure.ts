import { posix } from 'node:path';
import { ZipEntries } from './zip-entries.ts';

export interface SheetStructure {
  name: string;
  /** Hidden and very hidden sheets (lists behind drop-downs) are never data sheets. */
  visible: boolean;
  /** Merged ranges of visible sheets, "A1:H1". */
  merges: string[];
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] !== undefined ? decodeXml(m[1]) : null;
};

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

/**
 * The sheets of an .xlsx in workbook order, with visibility and merged ranges, read
 * from the archive's XML parts without loading cell values. Throws on a damaged archive.
 */
export function readWorkbookStructure(bytes: Buffer): SheetStructure[] {
  const zip = new ZipEntries(bytes);
  const workbook = zip.text('xl/workbook.xml');
  const rels = zip.text('xl/_rels/workbook.xml.rels');
  if (workbook === null || rels === null) throw new Error('xlsx: no workbook part');
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target)));
    }
  }
  return (workbook.match(/<sheet\b[^>]*>/g) ?? []).map((tag) => {
    const name = attr(tag, 'name') ?? '';
    const state = attr(tag, 'state');
    const visible = state !== 'hidden' && state !== 'veryHidden';
    const path = targets.get(attr(tag, 'r:id') ?? '') ?? '';
    const xml = visible && path ? (zip.text(path) ?? '') : '';
    const merges = (xml.match(/<mergeCell\b[^>]*>/g) ?? []).map((t) => attr(t, 'ref') ?? '').filter(Boolean);
    return { name, visible, merges };
  });
}
