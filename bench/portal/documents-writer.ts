// Legal documents, static pages and website links for the portal benchmark, so that search and
// the home page see every kind of content a real alliance site has.
import type { DocumentInput } from '../../src/modules/documents/documents.dto.ts';
import type { LinkInput } from '../../src/modules/pages/links.dto.ts';
import type { PageInput } from '../../src/modules/pages/pages.dto.ts';
import { between, pick, type Rand } from '../random.ts';
import { paragraph } from './news-writer.ts';
import * as V from './vocabulary.ts';

const KINDS = [
  { docType: 'Quyết định', code: 'QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh', verb: 'Ban hành' },
  { docType: 'Kế hoạch', code: 'KH-LMHTX', issuer: 'Liên minh Hợp tác xã tỉnh', verb: 'Thực hiện' },
  { docType: 'Công văn', code: 'LMHTX-VP', issuer: 'Liên minh Hợp tác xã tỉnh', verb: 'Hướng dẫn' },
  { docType: 'Nghị quyết', code: 'NQ-HĐND', issuer: 'Hội đồng nhân dân tỉnh', verb: 'Quy định' },
  { docType: 'Báo cáo', code: 'BC-LMHTX', issuer: 'Liên minh Hợp tác xã tỉnh', verb: 'Kết quả thực hiện' },
  { docType: 'Chỉ thị', code: 'CT-UBND', issuer: 'Ủy ban nhân dân tỉnh', verb: 'Tăng cường' },
] as const;

const FIELDS = ['Kinh tế tập thể', 'Nông nghiệp', 'Tài chính – Tín dụng', 'Đào tạo', 'Thi đua – Khen thưởng'];

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One document issued on `issued`; numbers restart every year as real registers do. */
export function writeDocument(r: Rand, issued: Date, serial: number): DocumentInput {
  const kind = pick(r, KINDS);
  const effective = new Date(issued.getTime() + between(r, 0, 30) * 86_400_000);
  return {
    number: `${serial}/${kind.code}`,
    docType: kind.docType,
    issuer: kind.issuer,
    signer: pick(r, V.PEOPLE),
    issuedOn: day(issued),
    effectiveOn: r() < 0.7 ? day(effective) : null,
    summary: `${kind.verb} ${pick(r, V.PROGRAMS)} về ${pick(r, V.TOPICS)} trên địa bàn tỉnh ${pick(r, V.PROVINCES)}`,
    field: pick(r, FIELDS),
    status: r() < 0.85 ? 'con_hieu_luc' : 'het_hieu_luc',
    replacedById: null,
    fileIds: [],
    published: true,
  };
}

export function writePages(r: Rand, year: number): PageInput[] {
  const text = () => Array.from({ length: 4 }, () => paragraph(r, year)).join('\n');
  return [
    { title: 'Giới thiệu', slug: 'gioi-thieu-chung', bodyHtml: text(), position: 1, published: true },
    { title: 'Cơ cấu tổ chức', slug: 'co-cau-to-chuc', bodyHtml: text(), position: 2, published: true },
    {
      title: 'Chức năng, nhiệm vụ',
      slug: 'chuc-nang-nhiem-vu',
      bodyHtml: text(),
      position: 3,
      published: true,
    },
    { title: 'Liên hệ', slug: 'lien-he', bodyHtml: text(), position: 4, published: true },
  ];
}

export const LINKS: LinkInput[] = [
  { title: 'Liên minh Hợp tác xã Việt Nam', url: 'https://vca.org.vn', position: 1 },
  { title: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn', position: 2 },
  { title: 'Bộ Nông nghiệp và Môi trường', url: 'https://mae.gov.vn', position: 3 },
  { title: 'Chương trình OCOP', url: 'https://ocop.gov.vn', position: 4 },
];
