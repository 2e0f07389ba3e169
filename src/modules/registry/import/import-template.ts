import ExcelJS from 'exceljs';
import {
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  SECTOR_LABELS,
  SIZE_CLASS_LABELS,
} from '../registry-enums.dto.ts';
import type { ImportIndicator } from './header-mapping.ts';
import { ORG_IMPORT_FIELD_LABELS, type OrgImportField } from './import.dto.ts';
import { columnLetter } from './import-workbook.ts';

export const TEMPLATE_DATA_SHEET = 'Danh sách';
export const TEMPLATE_HELP_SHEET = 'Hướng dẫn';
const LISTS_SHEET = 'Danh mục';
export const TEMPLATE_HEADER_ROW = 3;
// Drop-downs cover this many rows under the header (Excel extends them when rows are inserted).
const VALIDATED_ROWS = 5000;

/** Organisation columns of the template, in order, with what the help sheet says about each. */
const ORG_COLUMNS: readonly { field: OrgImportField; help: string; width: number }[] = [
  { field: 'name', help: 'Bắt buộc. Tên đầy đủ, ví dụ: Hợp tác xã Nông nghiệp Đồng Tâm.', width: 40 },
  {
    field: 'kind',
    help: 'Chọn trong danh sách (Tổ hợp tác, Hợp tác xã…). Để trống thì suy ra từ tên.',
    width: 22,
  },
  { field: 'shortName', help: 'Không bắt buộc, ví dụ: HTX Đồng Tâm.', width: 20 },
  {
    field: 'regCode',
    help: 'Mã số HTX hoặc mã số thuế (tổ hợp tác có thể để trống). Nên định dạng ô là Văn bản để giữ số 0 ở đầu.',
    width: 18,
  },
  { field: 'registeredOn', help: 'Ngày cấp đăng ký, dạng dd/mm/yyyy, ví dụ 12/03/2015.', width: 14 },
  { field: 'registrationAuthority', help: 'Ví dụ: Phòng Tài chính – Kế hoạch huyện Kiến Xương.', width: 28 },
  { field: 'foundedOn', help: 'Dạng dd/mm/yyyy.', width: 14 },
  {
    field: 'address',
    help: 'Ghi đủ thôn/xóm, xã/phường, huyện, tỉnh. Địa chỉ cũ (trước sắp xếp năm 2025) vẫn được nhận: hệ thống tự tìm xã/phường mới, trường hợp chưa chắc sẽ hỏi lại khi kiểm tra.',
    width: 45,
  },
  { field: 'sectorPrimary', help: 'Chọn lĩnh vực chính trong danh sách.', width: 30 },
  { field: 'sectorsOther', help: 'Các lĩnh vực khác, cách nhau bằng dấu chấm phẩy (;).', width: 30 },
  { field: 'status', help: 'Chọn trong danh sách. Để trống: Đang hoạt động.', width: 26 },
  { field: 'sizeClass', help: 'Siêu nhỏ, Nhỏ, Vừa hoặc Lớn.', width: 12 },
  { field: 'representativeName', help: 'Họ và tên người đại diện theo pháp luật.', width: 24 },
  { field: 'representativeTitle', help: 'Ví dụ: Giám đốc, Chủ tịch Hội đồng quản trị.', width: 20 },
  { field: 'publicPhone', help: 'Số điện thoại công khai trên trang danh bạ.', width: 16 },
  { field: 'publicEmail', help: 'Email công khai.', width: 24 },
  { field: 'website', help: 'Ví dụ: https://htxdongtam.vn', width: 24 },
  { field: 'allianceMemberSince', help: 'Ngày kết nạp vào Liên minh, dạng dd/mm/yyyy.', width: 14 },
  { field: 'notes', help: 'Ghi chú nội bộ, không công khai.', width: 30 },
];

/** Money in the template is written in millions: what people are used to in reports. */
function indicatorHeader(ind: ImportIndicator, year: number): string {
  const unit =
    ind.valueType === 'money' ? (ind.unit === 'đồng' ? 'triệu đồng' : `triệu ${ind.unit}`) : ind.unit;
  return `${ind.name} năm ${year} (${unit})`;
}

interface ValidatedSheet {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addLists(wb: ExcelJS.Workbook): Record<'kind' | 'sectorPrimary' | 'status' | 'sizeClass', string> {
  const sheet = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const lists = {
    kind: Object.values(ORG_KIND_LABELS),
    sectorPrimary: Object.values(SECTOR_LABELS),
    status: Object.values(ORG_STATUS_LABELS),
    sizeClass: Object.values(SIZE_CLASS_LABELS),
  };
  const refs = {} as Record<keyof typeof lists, string>;
  Object.entries(lists).forEach(([field, labels], k) => {
    const col = columnLetter(k + 1);
    sheet.getCell(`${col}1`).value = ORG_IMPORT_FIELD_LABELS[field as keyof typeof lists];
    labels.forEach((label, r) => {
      sheet.getCell(`${col}${r + 2}`).value = label;
    });
    refs[field as keyof typeof lists] = `'${LISTS_SHEET}'!$${col}$2:$${col}$${labels.length + 1}`;
  });
  return refs;
}

function addHelp(wb: ExcelJS.Workbook, rows: readonly [string, string][], year: number): void {
  const help = wb.addWorksheet(TEMPLATE_HELP_SHEET);
  help.columns = [{ width: 42 }, { width: 100 }];
  help.addRow(['HƯỚNG DẪN NHẬP DANH SÁCH TỔ CHỨC KINH TẾ HỢP TÁC']).font = { bold: true, size: 13 };
  help.addRow([]);
  for (const line of [
    `Nhập dữ liệu ở trang “${TEMPLATE_DATA_SHEET}”, mỗi tổ chức một dòng, bắt đầu từ dòng ${TEMPLATE_HEADER_ROW + 1}. Không gộp ô, không dùng công thức.`,
    `Số liệu là của năm ${year} (ghi ở ô “Năm số liệu”); nhập năm khác thì sửa ô đó và năm trong tiêu đề cột.`,
    'Số viết theo kiểu Việt Nam: 1.342 là một nghìn ba trăm bốn mươi hai, 2,4 là hai phẩy bốn. Có thể ghi đơn vị ngay trong ô, ví dụ “2,4 tỷ”.',
    'Đơn vị tiền lấy theo tiêu đề cột (đồng, nghìn đồng, triệu đồng, tỷ đồng); có thể sửa đơn vị trong ngoặc của tiêu đề.',
    'Tổ chức đã có trong sổ (cùng mã số, hoặc cùng tên và xã/phường) sẽ được cập nhật, không tạo bản trùng. Ô để trống không xóa dữ liệu đang có.',
    'Tải tệp lên, hệ thống kiểm tra trước (không ghi gì) và liệt kê lỗi, cảnh báo theo từng dòng; chỉ khi bạn xác nhận mới ghi vào sổ.',
  ]) {
    help.addRow(['', line]);
  }
  help.addRow([]);
  help.addRow(['Cột', 'Cách ghi']).font = { bold: true };
  for (const [header, text] of rows) help.addRow([header, text]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * The import template: Vietnamese headers for the organisation fields and the year's indicators,
 * drop-downs for kind, sector, status and size (lists on a hidden sheet), and a help sheet.
 */
export async function buildImportTemplate(
  indicators: readonly ImportIndicator[],
  year: number,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hợp Tác';
  const ws = wb.addWorksheet(TEMPLATE_DATA_SHEET, {
    views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW, xSplit: 1 }],
  });
  const headers = [
    ...ORG_COLUMNS.map((c) => ORG_IMPORT_FIELD_LABELS[c.field]),
    ...indicators.map((i) => indicatorHeader(i, year)),
  ];
  ws.getCell('A1').value = 'DANH SÁCH TỔ CHỨC KINH TẾ HỢP TÁC';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Năm số liệu:';
  ws.getCell('B2').value = year;
  ws.getCell('A2').font = { bold: true };
  const header = ws.getRow(TEMPLATE_HEADER_ROW);
  header.values = headers;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 45;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ORG_COLUMNS.forEach((c, k) => {
    ws.getColumn(k + 1).width = c.width;
  });
  indicators.forEach((_i, k) => {
    ws.getColumn(ORG_COLUMNS.length + k + 1).width = 18;
  });
  // Codes and phone numbers stay text, so Excel keeps their leading zeros.
  for (const field of ['regCode', 'publicPhone'] as const) {
    ws.getColumn(ORG_COLUMNS.findIndex((c) => c.field === field) + 1).numFmt = '@';
  }

  const refs = addLists(wb);
  const last = TEMPLATE_HEADER_ROW + VALIDATED_ROWS;
  for (const field of ['kind', 'sectorPrimary', 'status', 'sizeClass'] as const) {
    const col = columnLetter(ORG_COLUMNS.findIndex((c) => c.field === field) + 1);
    (ws as unknown as ValidatedSheet).dataValidations.add(`${col}${TEMPLATE_HEADER_ROW + 1}:${col}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [refs[field]],
      showErrorMessage: true,
      errorTitle: 'Giá trị không hợp lệ',
      error: `Vui lòng chọn ${ORG_IMPORT_FIELD_LABELS[field].toLowerCase()} trong danh sách.`,
    });
  }

  addHelp(
    wb,
    [
      ...ORG_COLUMNS.map((c): [string, string] => [ORG_IMPORT_FIELD_LABELS[c.field], c.help]),
      ...indicators.map((i): [string, string] => [
        indicatorHeader(i, year),
        i.valueType === 'money' ? 'Số tiền, theo đơn vị ghi trong tiêu đề.' : `Số ${i.unit}.`,
      ]),
    ],
    year,
  );
  // The lists sheet was added before the help sheet; the data sheet stays first and active.
  wb.views = [
    { activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' },
  ];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
