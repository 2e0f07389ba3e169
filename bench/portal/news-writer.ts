// Writes the portal benchmark's articles: titles, summaries and rich bodies (headings, captioned
// pictures, quotes, lists, tables) from the word lists in vocabulary.ts, deterministic per seed.
import { between, pick, type Rand } from '../random.ts';
import * as V from './vocabulary.ts';

/** News categories, parents first; `weight` is the share of articles filed in a category. */
export const BENCH_CATEGORIES = [
  { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện', parent: null, showOnHome: true, weight: 0 },
  { slug: 'diem-tin', name: 'Điểm tin', parent: 'tin-tuc-su-kien', showOnHome: false, weight: 3 },
  { slug: 'tin-hoat-dong', name: 'Tin hoạt động', parent: 'tin-tuc-su-kien', showOnHome: false, weight: 4 },
  {
    slug: 'tin-tu-cac-don-vi',
    name: 'Tin từ các đơn vị',
    parent: 'tin-tuc-su-kien',
    showOnHome: false,
    weight: 4,
  },
  { slug: 'kinh-te-tap-the', name: 'Kinh tế tập thể', parent: null, showOnHome: true, weight: 2 },
  {
    slug: 'guong-dien-hinh',
    name: 'Gương điển hình',
    parent: 'kinh-te-tap-the',
    showOnHome: false,
    weight: 1,
  },
  { slug: 'san-pham-ocop', name: 'Sản phẩm OCOP', parent: 'kinh-te-tap-the', showOnHome: false, weight: 1 },
  { slug: 'chuyen-doi-so', name: 'Chuyển đổi số', parent: null, showOnHome: true, weight: 1 },
  { slug: 'chinh-sach-phap-luat', name: 'Chính sách – Pháp luật', parent: null, showOnHome: true, weight: 1 },
  { slug: 'dao-tao-tap-huan', name: 'Đào tạo – Tập huấn', parent: null, showOnHome: true, weight: 1 },
] as const;

export type BenchCategorySlug = (typeof BENCH_CATEGORIES)[number]['slug'];

/** A stored picture an article can show: its `<img>` as the editor inserts it, and its caption. */
export interface Picture {
  mediaId: string;
  img: string;
  caption: string;
}

export interface WrittenArticle {
  title: string;
  summary: string;
  bodyHtml: string;
  categorySlug: BenchCategorySlug;
  tags: string[];
  authorLine: string;
  sourceName: string;
  sourceUrl: string;
  coverMediaId: string | null;
  featured: boolean;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function coop(r: Rand): string {
  return `${pick(r, V.COOP_KINDS)} ${pick(r, V.COOP_NAMES)}`;
}

/** Fills the {slots} of a pattern; every slot draws anew. */
function fill(r: Rand, pattern: string, year: number): string {
  return pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'coop':
        return coop(r);
      case 'product':
        return pick(r, V.PRODUCTS);
      case 'commune':
        return pick(r, V.COMMUNES);
      case 'province':
        return pick(r, V.PROVINCES);
      case 'person':
        return pick(r, V.PEOPLE);
      case 'role':
        return pick(r, V.ROLES);
      case 'official':
        return pick(r, V.ALLIANCE_OFFICIALS);
      case 'event':
        return pick(r, V.EVENTS);
      case 'topic':
        return pick(r, V.TOPICS);
      case 'program':
        return pick(r, V.PROGRAMS);
      case 'achievement':
        return fill(r, pick(r, V.ACHIEVEMENTS), year);
      case 'year':
        return String(year);
      case 'n':
        return String(between(r, 3, 180));
      default:
        throw new Error(`unknown slot ${slot}`);
    }
  });
}

const TITLES: Record<BenchCategorySlug, readonly string[]> = {
  'tin-tuc-su-kien': ['Liên minh Hợp tác xã tỉnh {province} tổ chức {event} năm {year}'],
  'diem-tin': [
    '{province}: {event} với sự tham gia của {n} hợp tác xã',
    'Điểm tin kinh tế tập thể: {coop} {achievement}',
    '{province} có thêm {n} hợp tác xã thành lập mới trong năm {year}',
  ],
  'tin-hoat-dong': [
    'Liên minh Hợp tác xã tỉnh {province} tổ chức {event} năm {year}',
    'Lãnh đạo Liên minh làm việc với {coop} tại {commune}',
    'Liên minh Hợp tác xã tỉnh triển khai {program}',
  ],
  'tin-tu-cac-don-vi': [
    '{coop} {achievement}',
    '{coop}: hướng đi mới từ {topic}',
    'Hợp tác xã ở {commune} liên kết tiêu thụ {product}',
  ],
  'kinh-te-tap-the': ['Kinh tế tập thể {province} năm {year}: nhiều chuyển biến tích cực'],
  'guong-dien-hinh': [
    'Người giám đốc hợp tác xã tâm huyết ở {commune}',
    'Nữ chủ tịch hợp tác xã làm giàu từ {product}',
    '{coop} – điểm sáng của phong trào hợp tác xã kiểu mới',
  ],
  'san-pham-ocop': [
    'Sản phẩm {product} của {coop} đạt chuẩn OCOP 4 sao',
    'Nâng tầm {product} nhờ chương trình OCOP',
    '{province} có thêm {n} sản phẩm OCOP của hợp tác xã',
  ],
  'chuyen-doi-so': [
    '{n} hợp tác xã ở {province} bán hàng qua sàn thương mại điện tử',
    'Ứng dụng {topic} giúp {coop} giảm chi phí sản xuất',
    'Chuyển đổi số ở {coop}: từ nhật ký điện tử đến tem truy xuất',
  ],
  'chinh-sach-phap-luat': [
    'Hướng dẫn thực hiện {program}',
    'Những điểm mới của Luật Hợp tác xã năm 2023 về {topic}',
    'Chính sách hỗ trợ hợp tác xã về {topic} giai đoạn mới',
  ],
  'dao-tao-tap-huan': [
    'Khai giảng lớp bồi dưỡng về {topic} cho cán bộ hợp tác xã',
    'Tập huấn {topic} cho {n} học viên tại {province}',
    'Bế giảng lớp đào tạo giám đốc hợp tác xã năm {year}',
  ],
};

const SUMMARIES = [
  '{sentence} {sentence}',
  'Sáng nay, tại {province}, {event} đã diễn ra với sự tham gia của {n} đại biểu. {sentence}',
  '{sentence}',
] as const;

/** A paragraph of two to four sentences, as HTML. */
export function paragraph(r: Rand, year: number): string {
  const sentences = Array.from({ length: between(r, 2, 4) }, () => fill(r, pick(r, V.SENTENCES), year));
  return `<p>${escapeHtml(sentences.join(' '))}</p>`;
}

function figure(picture: Picture, place: string): string {
  return `<figure>${picture.img}<figcaption>Ảnh: ${escapeHtml(`${picture.caption} tại ${place}`)}</figcaption></figure>`;
}

function table(r: Rand, year: number): string {
  const rows = [
    'Hợp tác xã thành lập mới',
    'Thành viên kết nạp mới',
    'Sản phẩm đạt chuẩn OCOP',
    'Lớp tập huấn',
  ]
    .map((label) => {
      const plan = between(r, 5, 120);
      const done = Math.round(plan * (0.8 + r() * 0.6));
      const ratio = ((done / plan) * 100).toFixed(1).replace('.', ',');
      return `<tr><td>${label}</td><td>${plan}</td><td>${done}</td><td>${ratio}%</td></tr>`;
    })
    .join('');
  return (
    `<table><caption>Một số chỉ tiêu chủ yếu năm ${year}</caption>` +
    '<thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Kế hoạch</th><th scope="col">Thực hiện</th><th scope="col">Tỷ lệ</th></tr></thead>' +
    `<tbody>${rows}</tbody></table>`
  );
}

function body(r: Rand, year: number, pictures: readonly Picture[]): string {
  const blocks = [paragraph(r, year)];
  if (pictures.length > 0 && r() < 0.45) blocks.push(figure(pick(r, pictures), pick(r, V.COMMUNES)));
  blocks.push(paragraph(r, year));
  const sections = between(r, 2, 4);
  for (let s = 0; s < sections; s++) {
    blocks.push(`<h2>${escapeHtml(pick(r, V.HEADINGS))}</h2>`);
    for (let p = between(r, 1, 3); p > 0; p--) blocks.push(paragraph(r, year));
    const extra = r();
    if (extra < 0.12) blocks.push(`<blockquote><p>“${escapeHtml(pick(r, V.QUOTES))}”</p></blockquote>`);
    else if (extra < 0.22) {
      const tasks = Array.from({ length: between(r, 3, 5) }, () => fill(r, pick(r, V.TASKS), year));
      blocks.push(`<ul>${tasks.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`);
    } else if (extra < 0.28) blocks.push(table(r, year));
  }
  return blocks.join('\n');
}

function categoryFor(r: Rand): BenchCategorySlug {
  const total = BENCH_CATEGORIES.reduce((sum, c) => sum + c.weight, 0);
  let roll = r() * total;
  for (const c of BENCH_CATEGORIES) {
    roll -= c.weight;
    if (roll < 0) return c.slug;
  }
  return 'tin-hoat-dong';
}

/** One article, published in `year`. */
export function writeArticle(r: Rand, year: number, pictures: readonly Picture[]): WrittenArticle {
  const categorySlug = categoryFor(r);
  const title = capitalize(fill(r, pick(r, TITLES[categorySlug]), year));
  const summary = fill(
    r,
    pick(r, SUMMARIES).replace(/\{sentence\}/g, () => pick(r, V.SENTENCES)),
    year,
  );
  const tags = [...new Set(Array.from({ length: between(r, 1, 4) }, () => pick(r, V.TAGS)))];
  const source = r() < 0.2 ? pick(r, V.SOURCES) : null;
  return {
    title: title.slice(0, 300),
    summary: summary.slice(0, 1000),
    bodyHtml: body(r, year, pictures),
    categorySlug,
    tags,
    authorLine: pick(r, V.AUTHORS),
    sourceName: source?.name ?? '',
    sourceUrl: source?.url ?? '',
    coverMediaId: pictures.length > 0 && r() < 0.75 ? pick(r, pictures).mediaId : null,
    featured: r() < 0.02,
  };
}
