// Generates realistic Vietnamese search entries for the search benchmark. The vocabulary is written
// for this file (cooperative-movement news, as alliance sites publish it), not taken from the samples.
import { randomUUID } from 'node:crypto';
import type { Db } from '../src/core/db/types.ts';
import { normalizeSpaces, normalizeTone } from '../src/lib/vi/index.ts';
import { searchEntries } from '../src/modules/search/search.tables.ts';
import { pick, type Rand, rng } from './random.ts';

const PROVINCES = [
  'Hòa Bình',
  'Đồng Tháp',
  'Kiên Giang',
  'Thái Bình',
  'Lâm Đồng',
  'Đắk Lắk',
  'Nghệ An',
  'Quảng Nam',
  'Bến Tre',
  'Sơn La',
  'Thanh Hóa',
  'Hà Tĩnh',
  'An Giang',
  'Cà Mau',
  'Lào Cai',
  'Điện Biên',
  'Bắc Giang',
  'Vĩnh Long',
  'Gia Lai',
  'Tuyên Quang',
];
const PEOPLE = [
  'Nguyễn Văn Hùng',
  'Trần Thị Lan',
  'Lê Minh Tuấn',
  'Phạm Thị Hoa',
  'Hoàng Đức Thắng',
  'Vũ Thị Thủy',
  'Đặng Quốc Khánh',
  'Bùi Thị Ngọc',
  'Đỗ Văn Lợi',
  'Ngô Thị Hằng',
];
const ACTORS = [
  'Liên minh Hợp tác xã tỉnh',
  'Ủy ban nhân dân tỉnh',
  'Ban chấp hành Liên minh',
  'các hợp tác xã nông nghiệp',
  'các tổ hợp tác',
  'thành viên hợp tác xã',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Hội đồng quản trị hợp tác xã',
  'đội ngũ cán bộ quản lý',
  'bà con nông dân',
  'doanh nghiệp đầu mối',
  'chính quyền địa phương',
  'Quỹ hỗ trợ phát triển hợp tác xã',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên',
];
const ACTIONS = [
  'tổ chức',
  'triển khai',
  'hỗ trợ',
  'đẩy mạnh',
  'phối hợp thực hiện',
  'tập huấn về',
  'tuyên truyền về',
  'kiểm tra',
  'đánh giá',
  'nâng cao hiệu quả',
  'xây dựng',
  'phát triển',
  'ký kết',
  'mở rộng',
  'chuyển giao',
  'thành lập',
  'củng cố',
  'giới thiệu',
];
const THINGS = [
  'mô hình kinh tế tập thể',
  'chuỗi giá trị nông sản',
  'sản phẩm OCOP',
  'vốn vay ưu đãi',
  'chuyển đổi số',
  'liên kết sản xuất',
  'nhãn hiệu tập thể',
  'hợp đồng tiêu thụ',
  'kế hoạch sản xuất kinh doanh',
  'dịch vụ đầu vào',
  'vùng cây ăn quả',
  'lúa chất lượng cao',
  'nuôi trồng thủy sản',
  'du lịch cộng đồng',
  'hàng thủ công mỹ nghệ',
  'nước sạch nông thôn',
  'rau an toàn',
  'chè hữu cơ',
  'cà phê đặc sản',
  'hồ tiêu sạch',
  'bưởi da xanh',
  'xoài cát',
  'mật ong rừng',
  'gạo hữu cơ',
  'thương mại điện tử',
  'truy xuất nguồn gốc',
  'cơ giới hóa đồng ruộng',
  'quỹ tín dụng nhân dân',
  'nhà kho lạnh',
  'tem điện tử',
];
const PLACES = [
  'trên địa bàn tỉnh {province}',
  'tại tỉnh {province}',
  'ở các huyện miền núi',
  'tại vùng đồng bằng',
  'ở vùng đồng bào dân tộc thiểu số',
  'tại các xã ven biển',
];
const PURPOSES = [
  'nhằm nâng cao thu nhập cho thành viên',
  'góp phần xây dựng nông thôn mới',
  'theo tinh thần Luật Hợp tác xã năm 2023',
  'để thích ứng với biến đổi khí hậu',
  'trong giai đoạn 2021 - 2025',
  'bảo đảm an toàn thực phẩm',
  'với tổng kinh phí {n} triệu đồng',
  'với sự tham gia của {n} hợp tác xã',
  'theo đúng điều lệ và quy chế làm việc',
  'hướng tới thị trường xuất khẩu',
  'để giảm chi phí và tăng lợi nhuận',
  'theo Nghị quyết số {n}-NQ/TW của Ban Chấp hành Trung ương',
];
const OPENERS = [
  'Bên cạnh đó,',
  'Đồng thời,',
  'Theo báo cáo,',
  'Ông {person} cho biết,',
  'Bà {person} nhấn mạnh,',
  'Nhờ vậy,',
  'Trong thời gian tới,',
  'Tính đến nay,',
  'Đáng chú ý,',
  'Tại cuộc họp,',
  'Tại buổi họp mặt,',
  'Sau hội nghị,',
  '',
  '',
];
const RESULTS = [
  'doanh thu bình quân đạt {n} tỷ đồng mỗi năm',
  'thu nhập của người lao động tăng {n}% so với cùng kỳ',
  'có thêm {n} hợp tác xã được thành lập mới',
  'nhiều sản phẩm đã có mặt tại các siêu thị lớn',
  'các thành viên đều phấn khởi và tin tưởng',
  'hiệu quả hoạt động được nâng lên rõ rệt',
  'đã giải quyết việc làm cho {n} lao động',
];
const DOC_TYPES = ['Quyết định', 'Kế hoạch', 'Công văn', 'Thông báo', 'Nghị quyết', 'Báo cáo'];
const DOC_CODES: Record<string, string> = {
  'Quyết định': 'QĐ-UBND',
  'Kế hoạch': 'KH-LMHTX',
  'Công văn': 'CV-LMHTX',
  'Thông báo': 'TB-LMHTX',
  'Nghị quyết': 'NQ-BCH',
  'Báo cáo': 'BC-LMHTX',
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fill(r: Rand, template: string): string {
  return template
    .replace('{province}', () => pick(r, PROVINCES))
    .replace('{person}', () => pick(r, PEOPLE))
    .replace('{n}', () => String(2 + Math.floor(r() * 300)));
}

function sentence(r: Rand): string {
  const opener = fill(r, pick(r, OPENERS));
  const core = `${pick(r, ACTORS)} ${pick(r, ACTIONS)} ${pick(r, THINGS)} ${fill(r, pick(r, PLACES))}`;
  const tail = r() < 0.5 ? `, ${fill(r, pick(r, PURPOSES))}` : `; ${fill(r, pick(r, RESULTS))}`;
  const text = `${opener} ${core}${tail}.`.trim();
  return capitalize(text);
}

function paragraph(r: Rand, words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence(r);
    out.push(s);
    count += s.split(' ').length;
  }
  return out.join(' ');
}

export interface GeneratedEntry {
  kind: 'article' | 'document' | 'page';
  title: string;
  summary: string;
  body: string;
  facet: string | null;
}

/** One entry: mostly news articles, some legal documents, a few static pages. */
export function generateEntry(r: Rand, i: number): GeneratedEntry {
  const roll = r();
  const province = pick(r, PROVINCES);
  if (roll < 0.1) {
    const type = pick(r, DOC_TYPES);
    const title = `${type} số ${1 + (i % 900)}/${DOC_CODES[type]} về việc ${pick(r, ACTIONS)} ${pick(r, THINGS)} tại tỉnh ${province}`;
    return { kind: 'document', title, summary: paragraph(r, 30), body: paragraph(r, 200), facet: type };
  }
  if (roll < 0.11) {
    const title = `Giới thiệu ${pick(r, THINGS)} của Liên minh Hợp tác xã tỉnh ${province}`;
    return { kind: 'page', title, summary: '', body: paragraph(r, 300), facet: null };
  }
  const title = `${capitalize(pick(r, ACTORS))} ${pick(r, ACTIONS)} ${pick(r, THINGS)} tại ${province}`;
  return { kind: 'article', title, summary: paragraph(r, 35), body: paragraph(r, 300), facet: null };
}

const clean = (s: string) => normalizeSpaces(normalizeTone(s));
const BATCH = 200;
const DAY = 86_400_000;

/**
 * Inserts n generated entries for a tenant (in batches; the vectors are generated columns), spread
 * over ten years, in 8 categories. Returns the category ids used, for filter benchmarks.
 */
export async function seedSearchEntries(
  db: Db,
  tenantId: string,
  n: number,
  seed = 20_240_119,
): Promise<string[]> {
  const r = rng(seed);
  const categories = Array.from({ length: 8 }, () => randomUUID());
  const end = Date.UTC(2025, 11, 31);
  for (let start = 0; start < n; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(n, start + BATCH); i++) {
      const e = generateEntry(r, i);
      const refId = randomUUID();
      rows.push({
        tenantId,
        kind: e.kind,
        refId,
        url:
          e.kind === 'article'
            ? `/tin-tuc/bai-${i}`
            : e.kind === 'document'
              ? `/van-ban/${refId}`
              : `/gioi-thieu/trang-${i}`,
        title: clean(e.title),
        summary: clean(e.summary),
        body: clean(e.body),
        publishedAt: new Date(end - Math.floor(r() * 3650) * DAY - Math.floor(r() * DAY)),
        categoryId: e.kind === 'article' ? pick(r, categories) : null,
        facet: e.facet,
      });
    }
    await db.insert(searchEntries).values(rows);
  }
  return categories;
}
