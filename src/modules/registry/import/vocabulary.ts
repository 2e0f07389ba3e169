import {
  ORG_KIND_LABELS,
  ORG_KINDS,
  ORG_STATUS_LABELS,
  ORG_STATUSES,
  type OrgKind,
  type OrgStatus,
  SECTOR_LABELS,
  SECTORS,
  type Sector,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
  type SizeClass,
} from '../registry-enums.dto.ts';
import { labelKey } from './cell-values.ts';

/** Words people write for a value, besides its label and code; looked up accent-insensitively. */
const KIND_WORDS: Record<OrgKind, readonly string[]> = {
  THT: ['THT', 'Tổ HT'],
  HTX: ['HTX', 'Hợp tác xã', 'HTX NN', 'HTX nông nghiệp'],
  LHHTX: ['LHHTX', 'LH HTX', 'Liên hiệp HTX', 'Liên hiệp hợp tác xã'],
  QTDND: ['QTDND', 'Quỹ TDND', 'Quỹ tín dụng', 'Quỹ tín dụng nhân dân', 'QTD'],
  DN: ['DN', 'Doanh nghiệp', 'Doanh nghiệp thành viên', 'DNTV', 'Công ty'],
};

const STATUS_WORDS: Record<OrgStatus, readonly string[]> = {
  dang_hoat_dong: ['Đang hoạt động', 'Hoạt động', 'ĐHĐ', 'Bình thường', 'Còn hoạt động'],
  tam_ngung: ['Tạm ngừng', 'Tạm ngưng', 'Tạm ngừng hoạt động', 'Tạm dừng', 'Ngừng hoạt động'],
  giai_the: ['Giải thể', 'Đã giải thể', 'Chờ giải thể'],
  hinh_thuc: ['Hình thức', 'Hoạt động hình thức'],
  yeu_kem: ['Yếu', 'Kém', 'Yếu kém', 'Hoạt động yếu', 'Hoạt động yếu kém', 'Kém hiệu quả'],
};

const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  nong_nghiep: [
    'Nông nghiệp',
    'NN',
    'Trồng trọt',
    'Chăn nuôi',
    'Nông lâm nghiệp',
    'Lâm nghiệp',
    'Dịch vụ nông nghiệp',
  ],
  cong_nghiep_tttcn: [
    'Công nghiệp',
    'Tiểu thủ công nghiệp',
    'CN-TTCN',
    'CN TTCN',
    'TTCN',
    'Công nghiệp - TTCN',
    'Công nghiệp, tiểu thủ công nghiệp',
    'Thủ công mỹ nghệ',
    'Làng nghề',
  ],
  thuong_mai_dich_vu: ['Thương mại', 'Dịch vụ', 'TM-DV', 'TMDV', 'Thương mại dịch vụ', 'Thương mại, dịch vụ'],
  van_tai: ['Vận tải', 'GTVT', 'Giao thông vận tải', 'Vận tải hành khách', 'Vận tải hàng hóa'],
  xay_dung: ['Xây dựng', 'XD'],
  tin_dung: ['Tín dụng', 'Tài chính', 'Tín dụng nhân dân'],
  moi_truong_dien_nuoc: [
    'Môi trường',
    'Điện',
    'Nước',
    'Điện nước',
    'Nước sạch',
    'Vệ sinh môi trường',
    'Môi trường, điện, nước',
  ],
  du_lich: ['Du lịch', 'Du lịch cộng đồng'],
  quan_ly_cho: ['Quản lý chợ', 'Chợ', 'Kinh doanh chợ'],
  thuy_san: ['Thủy sản', 'Nuôi trồng thủy sản', 'Khai thác thủy sản', 'Đánh bắt thủy sản', 'Nghề cá'],
  khac: ['Khác', 'Tổng hợp', 'Ngành khác'],
};

const SIZE_WORDS: Record<SizeClass, readonly string[]> = {
  sieu_nho: ['Siêu nhỏ', 'Rất nhỏ'],
  nho: ['Nhỏ'],
  vua: ['Vừa', 'Trung bình'],
  lon: ['Lớn'],
};

/** Label, code and the usual words of each value → the value. */
class Vocabulary<T extends string> {
  private readonly exact = new Map<string, T>();
  // Longest first: "Liên hiệp hợp tác xã …" must not be read as "Hợp tác xã".
  private readonly prefixes: [string, T][];

  constructor(values: readonly T[], labels: Record<T, string>, words: Record<T, readonly string[]>) {
    for (const v of values) {
      for (const w of [v, labels[v], ...words[v]]) {
        const key = labelKey(w);
        if (key && !this.exact.has(key)) this.exact.set(key, v);
      }
    }
    this.prefixes = [...this.exact.entries()].sort((a, b) => b[0].length - a[0].length);
  }

  /** Only the exact word, label or code. */
  readExact(text: string): T | null {
    return this.exact.get(labelKey(text)) ?? null;
  }

  /** The exact word, or a longer text starting with one ("HTX nông nghiệp Đồng Tâm"). */
  read(text: string): T | null {
    const key = labelKey(text);
    if (!key) return null;
    const exact = this.exact.get(key);
    if (exact) return exact;
    for (const [prefix, v] of this.prefixes) if (key.startsWith(`${prefix} `)) return v;
    return null;
  }
}

export const kinds = new Vocabulary(ORG_KINDS, ORG_KIND_LABELS, KIND_WORDS);
export const statuses = new Vocabulary(ORG_STATUSES, ORG_STATUS_LABELS, STATUS_WORDS);
export const sectors = new Vocabulary(SECTORS, SECTOR_LABELS, SECTOR_WORDS);
export const sizeClasses = new Vocabulary(SIZE_CLASSES, SIZE_CLASS_LABELS, SIZE_WORDS);

/** The kind a name announces ("Hợp tác xã Đồng Tâm", "HTX Đồng Tâm", "Tổ hợp tác …"). */
export function kindFromName(name: string): OrgKind | null {
  const key = labelKey(name);
  if (/^(lien hiep hop tac xa|lien hiep htx|lhhtx)\b/.test(key)) return 'LHHTX';
  if (/^(quy tin dung nhan dan|quy tdnd|qtdnd)\b/.test(key)) return 'QTDND';
  if (/^(to hop tac|tht)\b/.test(key)) return 'THT';
  if (/^(hop tac xa|htx)\b/.test(key)) return 'HTX';
  return null;
}

/**
 * One or more sectors in a cell ("Nông nghiệp; Thương mại – dịch vụ"): the whole text first (some
 * labels contain commas), then its parts. Unknown parts are returned apart for a warning.
 */
export function readSectors(text: string): { found: Sector[]; unknown: string[] } {
  // Exactly one label (some contain commas); a longer text is split first, so that the first
  // sector does not swallow the next ("Du lịch; Thương mại").
  const whole = sectors.readExact(text);
  if (whole) return { found: [whole], unknown: [] };
  const found: Sector[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[;\n/+]|,(?![^()]*\))/)) {
    const p = part.trim();
    if (!p) continue;
    const s = sectors.read(p);
    if (s) {
      if (!found.includes(s)) found.push(s);
    } else unknown.push(p);
  }
  return { found, unknown };
}
