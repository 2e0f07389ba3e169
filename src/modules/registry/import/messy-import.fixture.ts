import ExcelJS from 'exceljs';
import { readPlacesData } from '../../places/places-data.ts';

/** A cell as a test writes it; `{ formula }` makes a formula cell. */
export type FixtureCell = string | number | Date | null | { formula: string; result?: number };

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  /** Ranges to merge, "A1:H1". */
  merges?: string[];
  state?: 'visible' | 'hidden' | 'veryHidden';
}

/** An .xlsx with the given sheets, rows written from row 1 (null leaves a cell empty). */
export async function workbookOf(sheets: readonly FixtureSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    s.rows.forEach((cells, r) => {
      cells.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * An OLE2 compound file laid out like a password-protected Office document: Excel encrypts the
 * workbook into an "EncryptedPackage" stream described by "EncryptionInfo".
 */
export function makeEncryptedWorkbook(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  const dir = Buffer.alloc(512);
  const entry = (i: number, name: string, type: number) => {
    const off = i * 128;
    dir.write(name, off, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, off + 64);
    dir[off + 66] = type;
  };
  entry(0, 'Root Entry', 5);
  entry(1, '\u0006DataSpaces', 1);
  entry(2, 'EncryptionInfo', 2);
  entry(3, 'EncryptedPackage', 2);
  return Buffer.concat([header, dir]);
}

/** "Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình": pre-2025 addresses of one old province. */
export function legacyAddresses(oldProvince = 'Tỉnh Thái Bình', limit = 200): string[] {
  const rows = readPlacesData().legacy.filter((l) => l.oldProvince === oldProvince);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const l of rows) {
    const text = `${l.oldName}, ${l.oldDistrict}, ${l.oldProvince}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(text);
    if (out.length >= limit) break;
  }
  return out;
}

export const MESSY_HEADERS = [
  'STT',
  'Tên HTX',
  'Mã số thuế',
  'Loại hình',
  'Địa chỉ trụ sở',
  'Ngành nghề/Lĩnh vực',
  'Tình trạng',
  'Ngày thành lập',
  'Số TV',
  'Tổng số lao động',
  'Vốn điều lệ (triệu đồng)',
  'Doanh thu (triệu đồng)',
  'Lợi nhuận trước thuế (triệu đồng)',
  'Người đại diện',
  'Điện thoại',
  'Xếp hạng nội bộ',
];

const SECTORS = ['Nông nghiệp', 'Thương mại, dịch vụ', 'Vận tải', 'TTCN', 'Nông nghiệp; Du lịch', 'Thủy sản'];
const KINDS = ['HTX', 'Hợp tác xã', 'HTX', 'THT', 'Quỹ TDND'];
const PEOPLE = ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Minh Tuấn', 'Phạm Thị Hoa', 'Vũ Đức Thắng'];

/** A small deterministic generator: the same file for the same seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * An N-row legacy spreadsheet as alliances keep them: title rows, synonym headers with the unit
 * in the header, numbers written "1.342" and "2,4" or typed as numbers, dates as text, Excel
 * serials and date cells, pre-2025 addresses with a village before the commune, an unknown
 * column. Used by the benchmark (10,000 rows) and the tests.
 */
export async function buildMessyImport(opts: {
  rows: number;
  year?: number;
  seed?: number;
}): Promise<Buffer> {
  const year = opts.year ?? 2024;
  const rnd = random(opts.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const addresses = legacyAddresses();
  const rows: FixtureCell[][] = [
    ['LIÊN MINH HỢP TÁC XÃ TỈNH'],
    [`DANH SÁCH HỢP TÁC XÃ, TỔ HỢP TÁC NĂM ${year}`],
    [],
    MESSY_HEADERS,
  ];
  for (let k = 1; k <= opts.rows; k++) {
    const kind = pick(KINDS);
    const members = 5 + Math.floor(rnd() * 2000);
    const capital = Math.round(rnd() * 50_000) / 10; // triệu đồng, one decimal
    const revenue = Math.round(capital * (1 + rnd() * 3) * 10) / 10;
    const founded = new Date(
      Date.UTC(1995 + Math.floor(rnd() * 28), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
    );
    const dd = String(founded.getUTCDate()).padStart(2, '0');
    const mm = String(founded.getUTCMonth() + 1).padStart(2, '0');
    const dateCell: FixtureCell =
      k % 3 === 0
        ? founded
        : k % 3 === 1
          ? `${dd}/${mm}/${founded.getUTCFullYear()}`
          : `${Number(dd)}/${Number(mm)}/${String(founded.getUTCFullYear()).slice(2)}`;
    rows.push([
      k,
      `${kind === 'THT' ? 'Tổ hợp tác' : kind === 'Quỹ TDND' ? 'Quỹ tín dụng nhân dân' : 'Hợp tác xã'} ${pick(['Nông nghiệp', 'Dịch vụ', 'Thương mại'])} số ${k}`,
      String(1_000_000_000 + k),
      kind,
      `Thôn ${1 + Math.floor(rnd() * 12)}, ${pick(addresses)}`,
      pick(SECTORS),
      k % 50 === 0 ? 'Tạm ngừng' : 'Đang hoạt động',
      dateCell,
      k % 2 === 0 ? members : members.toLocaleString('de-DE'),
      Math.floor(members / 3) + 1,
      k % 2 === 0 ? capital : String(capital).replace('.', ','),
      revenue,
      Math.round(revenue * 0.05 * 10) / 10,
      pick(PEOPLE),
      `09${String(10_000_000 + k).slice(-8)}`,
      pick(['A', 'B', 'C']),
    ]);
  }
  return workbookOf([{ name: 'DS HTX', rows, merges: ['A1:P1', 'A2:P2'] }]);
}
