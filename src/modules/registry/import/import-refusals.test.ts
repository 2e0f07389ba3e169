import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { filesUnder, tempDataDir } from '../../media/media-test-kit.fixture.ts';
import { makeDocx, makeOle2, makePdf, makeZip } from '../../media/test-files.fixture.ts';
import { registerCounts } from './import-test.repo.ts';
import { uploadFile } from './import-test-kit.fixture.ts';
import { importLimits } from './import-workbook.ts';
import { type FixtureCell, makeEncryptedWorkbook, workbookOf } from './messy-import.fixture.ts';

let t: TestApp;
let staff: StaffClient;
let data: ReturnType<typeof tempDataDir>;
const defaults = { ...importLimits };

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  staff = await t.signIn((await t.addUser('can_bo')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});
afterEach(() => {
  Object.assign(importLimits, defaults);
});

const HEADER: FixtureCell[] = [
  'STT',
  'Tên HTX',
  'Mã số thuế',
  'Địa chỉ',
  'Số TV',
  'Vốn điều lệ (triệu đồng)',
];
const row = (k: number): FixtureCell[] => [
  k,
  `Hợp tác xã Số ${k}`,
  `01000000${10 + k}`,
  'Xã Vũ Lễ',
  10 + k,
  100,
];

/** Uploads and expects a refusal with this status and message; nothing may be kept. */
async function expectRefused(fileName: string, bytes: Buffer, status: number, message: string) {
  const before = await registerCounts(t.database.db, t.tenant.id);
  const res = await uploadFile(staff, fileName, bytes);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().message).toBe(message);
  expect(res.json().fieldErrors).toEqual({ file: message });
  const list = await staff.inject({ method: 'GET', url: '/api/v1/org-imports' });
  expect(list.json().total).toBe(0);
  expect(filesUnder(data.dir)).toEqual([]);
  expect(await registerCounts(t.database.db, t.tenant.id)).toEqual(before);
}

describe('files the import refuses, keeping nothing', () => {
  it('refuses what is not an .xlsx workbook, whatever its name says', async () => {
    await expectRefused(
      'danh-sach.xlsx',
      makePdf(),
      415,
      'Tệp “danh-sach.xlsx” thực chất là tài liệu PDF, không phải bảng tính Excel (.xlsx).',
    );
    await expectRefused(
      'bao-cao.xlsx',
      makeDocx(),
      415,
      'Tệp “bao-cao.xlsx” thực chất là văn bản Word (.docx), không phải bảng tính Excel (.xlsx).',
    );
    await expectRefused(
      'ds.xlsx',
      Buffer.from('Tên HTX;Mã số thuế\nHợp tác xã A;0101234567\n', 'utf8'),
      415,
      'Tệp “ds.xlsx” là văn bản thuần (CSV/TXT), không phải bảng tính Excel. Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx) rồi tải lên lại.',
    );
    await expectRefused(
      'nen.xlsx',
      makeZip({ 'ghi-chu.txt': 'xin chào' }),
      415,
      'Tệp “nen.xlsx” thực chất là tệp nén (.zip), không phải bảng tính Excel (.xlsx).',
    );
    await expectRefused(
      'cu.xlsx',
      makeOle2('Workbook'),
      415,
      'Tệp “cu.xlsx” là định dạng Excel cũ (.xls). Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx) rồi tải lên lại.',
    );
    await expectRefused('rong.xlsx', Buffer.alloc(0), 415, 'Tệp “rong.xlsx” rỗng (0 byte).');
  });

  it('refuses a password-protected workbook and a corrupted one', async () => {
    await expectRefused(
      'mat-khau.xlsx',
      makeEncryptedWorkbook(),
      415,
      'Tệp “mat-khau.xlsx” được đặt mật khẩu nên không đọc được. Vui lòng mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi tải lên.',
    );
    const whole = await workbookOf([{ name: 'DS', rows: [HEADER, row(1)] }]);
    await expectRefused(
      'hong.xlsx',
      whole.subarray(0, Math.floor(whole.length / 2)),
      415,
      'Tệp “hong.xlsx” bị hỏng hoặc không đọc được như một bảng tính Excel. Vui lòng mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi tải lên.',
    );
  });

  it('refuses empty sheets, a sheet without a header and a header without rows', async () => {
    await expectRefused(
      'trong.xlsx',
      await workbookOf([{ name: 'Sheet1', rows: [] }]),
      400,
      'Tệp không có dữ liệu: các trang tính đều trống.',
    );
    await expectRefused(
      'chi-tieu-de.xlsx',
      await workbookOf([{ name: 'DS', rows: [['DANH SÁCH HTX'], HEADER] }]),
      400,
      'Trang tính “DS” chưa có dòng dữ liệu nào dưới dòng tiêu đề (dòng 2).',
    );
    await expectRefused(
      'khong-tieu-de.xlsx',
      await workbookOf([
        { name: 'DS', rows: [['Báo cáo tình hình'], ['Nội dung', 'Ghi chú'], ['Tăng trưởng', 'tốt']] },
      ]),
      400,
      'Không tìm thấy dòng tiêu đề. Dòng tiêu đề cần có cột tên tổ chức (ví dụ “Tên HTX”) và ít nhất một cột khác (ví dụ “Địa chỉ”, “Mã số thuế”). Bạn có thể tải mẫu nhập để xem cách ghi.',
    );
  });

  it('refuses merged header cells but not merged title rows', async () => {
    const twoLevel: FixtureCell[][] = [
      ['DANH SÁCH HỢP TÁC XÃ'],
      ['STT', 'Tên HTX', 'Địa chỉ', 'Thành viên', null],
      [null, null, null, 'Chính thức', 'Liên kết góp vốn'],
      [1, 'Hợp tác xã Số 1', 'Xã Vũ Lễ', 10, 2],
    ];
    await expectRefused(
      'gop-o.xlsx',
      await workbookOf([{ name: 'DS', rows: twoLevel, merges: ['A1:E1', 'D2:E2', 'A2:A3', 'B2:B3'] }]),
      400,
      'Trang tính “DS”: dòng tiêu đề (dòng 2) có ô gộp (D2:E2, A2:A3, B2:B3). Vui lòng bỏ gộp ô để mỗi cột có một tiêu đề riêng trên cùng một dòng, rồi tải lên lại.',
    );
  });

  it('refuses formulas in data cells, naming the cells', async () => {
    const rows: FixtureCell[][] = [
      HEADER,
      row(1),
      row(2),
      [
        3,
        'Hợp tác xã Số 3',
        '0100000013',
        'Xã Vũ Lễ',
        { formula: 'E2+E3', result: 23 },
        { formula: 'F2*2', result: 200 },
      ],
    ];
    await expectRefused(
      'cong-thuc.xlsx',
      await workbookOf([{ name: 'DS', rows }]),
      400,
      'Trang tính “DS” có ô chứa công thức: E4, F4. Vui lòng chuyển công thức thành giá trị (Sao chép → Dán đặc biệt → Giá trị) rồi tải lên lại.',
    );
  });

  it('refuses more rows than the limit (100.000; lowered here) and files over 20 MB', async () => {
    importLimits.maxRows = 5;
    const rows = [['DANH SÁCH'], HEADER, ...[1, 2, 3, 4, 5, 6].map(row)];
    await expectRefused(
      'nhieu-dong.xlsx',
      await workbookOf([{ name: 'DS', rows }]),
      400,
      'Trang tính “DS” có hơn 5 dòng dữ liệu. Vui lòng chia thành nhiều tệp, mỗi tệp tối đa 5 dòng.',
    );
    const five = await uploadFile(
      staff,
      'du-5-dong.xlsx',
      await workbookOf([{ name: 'DS', rows: rows.slice(0, 7) }]),
    );
    expect(five.statusCode, five.body).toBe(201);
    expect(defaults.maxRows).toBe(100_000);

    const big = Buffer.alloc(defaults.maxBytes + 1024, 0x41);
    const res = await uploadFile(staff, 'qua-lon.xlsx', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe('Tệp vượt quá 20 MB. Vui lòng chia thành nhiều tệp nhỏ hơn.');
  });
});
