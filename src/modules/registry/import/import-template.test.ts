import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { tempDataDir } from '../../media/media-test-kit.fixture.ts';
import { createOrg } from '../orgs/orgs-test-kit.fixture.ts';
import { ORG_IMPORT_FIELDS } from './import.dto.ts';
import { figuresOf, registerOf } from './import-test.repo.ts';
import { commitImport, previewImport, uploadOk } from './import-test-kit.fixture.ts';
import { buildMessyImport, type FixtureCell, workbookOf } from './messy-import.fixture.ts';

let t: TestApp;
let staff: StaffClient;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  staff = await t.signIn((await t.addUser('quan_tri')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe('the import template', () => {
  let template: Buffer;

  it('has Vietnamese headers for the fields and the year’s indicators, drop-downs and a help sheet', async () => {
    const res = await staff.inject({ method: 'GET', url: '/api/v1/org-imports/template.xlsx?year=2025' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain('Mau-nhap-to-chuc-nam-2025.xlsx');
    template = res.rawPayload;
    const wb = await loadWorkbook(template);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Danh sách', 'visible'],
      ['Danh mục', 'veryHidden'],
      ['Hướng dẫn', 'visible'],
    ]);
    const ws = wb.getWorksheet('Danh sách') as ExcelJS.Worksheet;
    expect(rowValues(ws, 2)).toEqual(['Năm số liệu:', 2025]);
    expect(rowValues(ws, 3)).toEqual([
      'Tên tổ chức',
      'Loại hình',
      'Tên viết tắt',
      'Mã số HTX/Mã số thuế',
      'Ngày đăng ký',
      'Cơ quan đăng ký',
      'Ngày thành lập',
      'Địa chỉ',
      'Ngành nghề/Lĩnh vực',
      'Lĩnh vực khác',
      'Tình trạng',
      'Quy mô',
      'Người đại diện',
      'Chức vụ người đại diện',
      'Điện thoại',
      'Email',
      'Website',
      'Ngày kết nạp Liên minh',
      'Ghi chú',
      'Thành viên chính thức năm 2025 (người)',
      'Thành viên liên kết góp vốn năm 2025 (người)',
      'Thành viên liên kết không góp vốn năm 2025 (người)',
      'Tổng số lao động năm 2025 (người)',
      'Lao động là thành viên năm 2025 (người)',
      'Vốn điều lệ năm 2025 (triệu đồng)',
      'Tổng tài sản năm 2025 (triệu đồng)',
      'Doanh thu năm 2025 (triệu đồng)',
      'Lợi nhuận trước thuế năm 2025 (triệu đồng)',
      'Thu nhập bình quân của người lao động năm 2025 (triệu đồng/người/năm)',
    ]);
    expect(ws.getCell('B4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$A$2:$A$6"],
    });
    expect(ws.getCell('I100').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$B$2:$B$12"],
    });
    expect(ws.getCell('K4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$C$2:$C$6"],
    });
    const lists = wb.getWorksheet('Danh mục') as ExcelJS.Worksheet;
    expect(lists.getColumn(1).values.slice(2)).toEqual([
      'Tổ hợp tác',
      'Hợp tác xã',
      'Liên hiệp hợp tác xã',
      'Quỹ tín dụng nhân dân',
      'Doanh nghiệp thành viên',
    ]);
    const help = wb.getWorksheet('Hướng dẫn') as ExcelJS.Worksheet;
    const helpText = help
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(helpText).toContain('1.342 là một nghìn ba trăm bốn mươi hai, 2,4 là hai phẩy bốn');
    expect(helpText).toContain('Địa chỉ cũ (trước sắp xếp năm 2025) vẫn được nhận');
  });

  it('reads a filled template back: every column mapped, money in millions, the year from the sheet', async () => {
    const wb = await loadWorkbook(template);
    const ws = wb.getWorksheet('Danh sách') as ExcelJS.Worksheet;
    ws.getRow(4).values = [
      'Hợp tác xã Nông nghiệp Bình Minh',
      'Hợp tác xã',
      'HTX Bình Minh',
      '0101234567',
      '15/01/2019',
      'Phòng Tài chính – Kế hoạch huyện Kiến Xương',
      '02/01/2019',
      'Thôn Đông, Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình',
      'Nông nghiệp',
      'Du lịch; Thương mại – dịch vụ',
      'Đang hoạt động',
      'Nhỏ',
      'Phạm Văn Bình',
      'Giám đốc',
      '0227 3811 333',
      'binhminh@htx.vn',
      'https://binhminh.vn',
      '20/05/2020',
      'Khách hàng lâu năm',
      45,
      3,
      10,
      60,
      40,
      '1.200',
      3500,
      '4.200,5',
      320,
      '62,4',
    ];
    ws.getRow(5).values = [
      'Tổ hợp tác Nuôi ong Đồi Chè',
      'Tổ hợp tác',
      null,
      null,
      null,
      null,
      '2021',
      'Xã Quang Lịch, Tỉnh Hưng Yên',
      'Nông nghiệp',
      null,
      null,
      null,
      'Đỗ Thị Mai',
    ];
    ws.getRow(5).getCell(20).value = 7;
    const up = await uploadOk(staff, 'mau-da-dien.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(up).toMatchObject({ status: 'uploaded', sheetName: 'Danh sách', year: 2025, ignoredColumns: [] });
    expect(up.mapping?.headerRow).toBe(3);
    const fields = up.mapping?.columns.map((c) => c.field);
    expect(fields?.slice(0, ORG_IMPORT_FIELDS.length)).toEqual([
      'name',
      'kind',
      'shortName',
      'regCode',
      'registeredOn',
      'registrationAuthority',
      'foundedOn',
      'address',
      'sectorPrimary',
      'sectorsOther',
      'status',
      'sizeClass',
      'representativeName',
      'representativeTitle',
      'publicPhone',
      'publicEmail',
      'website',
      'allianceMemberSince',
      'notes',
    ]);
    expect(up.mapping?.columns.filter((c) => c.unit !== null).map((c) => [c.field, c.unit])).toEqual([
      ['fig:von_dieu_le', 'trieu'],
      ['fig:tong_tai_san', 'trieu'],
      ['fig:doanh_thu', 'trieu'],
      ['fig:loi_nhuan_truoc_thue', 'trieu'],
      ['fig:thu_nhap_binh_quan', 'trieu'],
    ]);

    const pre = await previewImport(staff, up.id);
    expect(pre.counts).toMatchObject({ total: 2, new: 2, rejected: 0, pendingChoices: 0 });
    expect((await commitImport(staff, up.id)).status).toBe('committed');
    const orgs = await registerOf(t.database.db, t.tenant.id);
    const binhMinh = orgs.find((o) => o.regCode === '0101234567');
    expect(binhMinh).toMatchObject({
      kind: 'HTX',
      shortName: 'HTX Bình Minh',
      registeredOn: '2019-01-15',
      foundedOn: '2019-01-02',
      communeCode: '13132',
      street: 'Thôn Đông',
      sectorPrimary: 'nong_nghiep',
      sectorsOther: ['du_lich', 'thuong_mai_dich_vu'],
      sizeClass: 'nho',
      representativeTitle: 'Giám đốc',
      publicEmail: 'binhminh@htx.vn',
      allianceMemberSince: '2020-05-20',
      notes: 'Khách hàng lâu năm',
    });
    expect(await figuresOf(t.database.db, t.tenant.id, binhMinh?.id as string, 2025)).toEqual({
      tv_chinh_thuc: 45,
      tv_lk_gop_von: 3,
      tv_lk_khong_gop_von: 10,
      lao_dong: 60,
      lao_dong_thanh_vien: 40,
      von_dieu_le: 1_200_000_000,
      tong_tai_san: 3_500_000_000,
      doanh_thu: 4_200_500_000,
      loi_nhuan_truoc_thue: 320_000_000,
      thu_nhap_binh_quan: 62_400_000,
    });
    expect(orgs.find((o) => o.name === 'Tổ hợp tác Nuôi ong Đồi Chè')).toMatchObject({
      kind: 'THT',
      regCode: null,
      foundedOn: '2021-01-01',
      communeCode: '13132',
    });
  });
});

describe('adjusting the mapping', () => {
  const put = (id: string, payload: object) =>
    staff.inject({ method: 'PUT', url: `/api/v1/org-imports/${id}/mapping`, payload });

  it('moves fields between columns, sets units and the year, and refuses a mapping without a name', async () => {
    const rows: FixtureCell[][] = [
      ['Tên đơn vị', 'Mã số thuế', 'Vốn điều lệ', 'Tên giám đốc'],
      ['Hợp tác xã Thủy sản Hải An', '0209876543', 3, 'Vũ Văn Hải'],
    ];
    const up = await uploadOk(staff, 'von.xlsx', await workbookOf([{ name: 'DS', rows }]));
    expect(up.year).toBe(2025);
    expect(up.mapping?.columns.map((c) => [c.column, c.field, c.unit])).toEqual([
      ['A', 'name', null],
      ['B', 'regCode', null],
      ['C', 'fig:von_dieu_le', 'dong'],
      ['D', null, null],
    ]);

    const noName = await put(up.id, { columns: [{ column: 'A', field: null }] });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().fieldErrors).toEqual({ columns: 'Cần gán một cột cho “Tên tổ chức”' });
    const twice = await put(up.id, {
      columns: [
        { column: 'A', field: 'name' },
        { column: 'D', field: 'name' },
      ],
    });
    expect(twice.json().fieldErrors).toEqual({ 'columns.1.field': '“Tên tổ chức” đã được gán cho cột A' });
    const missing = await put(up.id, { columns: [{ column: 'Z', field: 'notes' }] });
    expect(missing.json().fieldErrors).toEqual({ 'columns.0.column': 'Dòng tiêu đề không có cột Z' });
    const unknown = await put(up.id, { columns: [{ column: 'D', field: 'fig:so_may_cay' }] });
    expect(unknown.json().fieldErrors).toEqual({ 'columns.0.field': 'Không có chỉ tiêu mã “so_may_cay”' });

    const ok = await put(up.id, {
      year: 2023,
      columns: [
        { column: 'C', field: 'fig:von_dieu_le', unit: 'ty' },
        { column: 'D', field: 'representativeName' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ year: 2023, ignoredColumns: [] });
    const moved = await put(up.id, { columns: [{ column: 'B', field: 'name' }] });
    expect(
      moved
        .json()
        .mapping.columns.slice(0, 2)
        .map((c: { field: string }) => c.field),
    ).toEqual([null, 'name']);
    await put(up.id, {
      columns: [
        { column: 'A', field: 'name' },
        { column: 'B', field: 'regCode' },
      ],
    });

    await previewImport(staff, up.id);
    await commitImport(staff, up.id);
    const org = (await registerOf(t.database.db, t.tenant.id)).find((o) => o.regCode === '0209876543');
    expect(org?.representativeName).toBe('Vũ Văn Hải');
    expect(await figuresOf(t.database.db, t.tenant.id, org?.id as string, 2023)).toEqual({
      von_dieu_le: 3_000_000_000,
    });
  });

  it('asks which sheet when several hold data, and takes the year from the titles', async () => {
    const sheet = (year: number): FixtureCell[][] => [
      [`DANH SÁCH HTX NĂM ${year}`],
      ['Tên HTX', 'Số thành viên'],
      [`Hợp tác xã Số liệu ${year}`, 9],
    ];
    const bytes = await workbookOf([
      { name: '2023', rows: sheet(2023) },
      { name: '2024', rows: sheet(2024) },
      { name: 'Ghi chú', rows: [['Số liệu do các huyện gửi']] },
    ]);
    const up = await uploadOk(staff, 'hai-nam.xlsx', bytes);
    expect(up).toMatchObject({
      status: 'needs_sheet',
      sheets: ['2023', '2024'],
      sheetName: null,
      mapping: null,
    });
    const early = await staff.inject({ method: 'POST', url: `/api/v1/org-imports/${up.id}/preview` });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('Vui lòng chọn trang tính trước khi kiểm tra.');
    const wrong = await staff.inject({
      method: 'POST',
      url: `/api/v1/org-imports/${up.id}/sheet`,
      payload: { sheet: 'Ghi chú' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fieldErrors).toEqual({ sheet: 'Hãy chọn một trong các trang tính: “2023”, “2024”' });
    const chosen = await staff.inject({
      method: 'POST',
      url: `/api/v1/org-imports/${up.id}/sheet`,
      payload: { sheet: '2024' },
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ status: 'uploaded', sheetName: '2024', year: 2024 });
    const pre = await previewImport(staff, up.id);
    expect(pre.counts).toMatchObject({ total: 1, new: 1 });
  });

  it('reads the generated legacy file of the benchmark', async () => {
    const up = await uploadOk(staff, 'ds-htx.xlsx', await buildMessyImport({ rows: 40 }));
    expect(up.year).toBe(2024);
    expect(up.ignoredColumns.map((c) => c.header)).toEqual(['STT', 'Xếp hạng nội bộ']);
    const pre = await previewImport(staff, up.id);
    expect(pre.counts).toMatchObject({ total: 40, rejected: 0 });
  });

  it('keeps same-named organisations with different codes apart, each with its own slug', async () => {
    await createOrg(staff, { name: 'Hợp tác xã Thống Nhất', regCode: '0305550001', communeCode: '04795' });
    const rows: FixtureCell[][] = [
      ['Tên HTX', 'Mã số thuế', 'Địa chỉ'],
      ['Hợp tác xã Thống Nhất', '0305550002', 'Xã Quang Lịch, Tỉnh Hưng Yên'],
      ['Hợp tác xã Thống Nhất', '0305550003', 'Xã Quang Lịch, Tỉnh Hưng Yên'],
      ['HTX Thống Nhất', null, 'Xã Quang Lịch, Tỉnh Hưng Yên'],
    ];
    const up = await uploadOk(staff, 'thong-nhat.xlsx', await workbookOf([{ name: 'DS', rows }]));
    const pre = await previewImport(staff, up.id);
    expect(pre.counts).toMatchObject({ new: 2, rejected: 1 });
    await commitImport(staff, up.id);
    const slugs = (await registerOf(t.database.db, t.tenant.id))
      .filter((o) => o.name === 'Hợp tác xã Thống Nhất')
      .map((o) => [o.regCode, o.slug]);
    expect(slugs.sort()).toEqual([
      ['0305550001', 'hop-tac-xa-thong-nhat'],
      ['0305550002', 'hop-tac-xa-thong-nhat-2'],
      ['0305550003', 'hop-tac-xa-thong-nhat-3'],
    ]);
  });
});
