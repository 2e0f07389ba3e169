import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { tempDataDir } from '../../media/media-test-kit.fixture.ts';
import { createOrg } from '../orgs/orgs-test-kit.fixture.ts';
import type { PreviewPage, PreviewRow } from './import.dto.ts';
import { figuresOf, registerCounts, registerOf, searchEntryOf, statusHistoryOf } from './import-test.repo.ts';
import { commitImport, previewImport, previewRows, uploadOk } from './import-test-kit.fixture.ts';
import { type FixtureCell, workbookOf } from './messy-import.fixture.ts';

let t: TestApp;
let staff: StaffClient;
let admin: StaffClient;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  staff = await t.signIn((await t.addUser('can_bo')).email);
  admin = await t.signIn((await t.addUser('quan_tri')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

const HEADERS = [
  'STT',
  'Tên hợp tác xã',
  'MST',
  'Loại hình',
  'Địa chỉ',
  'Ngành nghề/Lĩnh vực',
  'Tình trạng',
  'Ngày thành lập',
  'Số TV',
  'Vốn điều lệ (triệu đồng)',
  'Doanh thu (triệu đồng)',
  'Người đại diện',
  'Điện thoại',
  'Xếp loại nội bộ',
];

function messyFile(): Promise<Buffer> {
  const rows: FixtureCell[][] = [
    ['LIÊN MINH HỢP TÁC XÃ TỈNH THÁI BÌNH'],
    ['DANH SÁCH HỢP TÁC XÃ NĂM 2024'],
    [],
    HEADERS,
    HEADERS.map((_h, k) => `(${k + 1})`),
    [
      1,
      'HTX Nông nghiệp Vũ Lễ',
      '1000000001',
      'HTX',
      'Thôn 3, Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình',
      'Nông nghiệp',
      'Đang hoạt động',
      '12/03/2015',
      '1.342',
      '2,4',
      1500,
      'Nguyễn Văn Hùng',
      912345678,
      'A',
    ],
    [
      2,
      'Hợp tác xã Dịch vụ Quang Lịch',
      1000000002,
      'Hợp tác xã',
      'Xã Vũ Lễ',
      'Thương mại, dịch vụ',
      'Hoạt động',
      new Date(Date.UTC(2018, 6, 20)),
      25,
      '1.342,5',
      '2,4 tỷ',
      'Trần Thị Lan',
      '0227 3811 222',
      'B',
    ],
    [
      3,
      'Tổ hợp tác rau sạch Hòa Bình',
      null,
      'THT',
      'Phường Hữu Nghị, Thành phố Hòa Bình, Tỉnh Hòa Bình',
      'Nông nghiệp',
      null,
      43900,
      12,
      null,
      300,
      'Lê Văn Tám',
      null,
      null,
    ],
    [
      4,
      'HTX NÔNG NGHIỆP VŨ LỄ',
      '1000000001',
      'HTX',
      'Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình',
      'Nông nghiệp',
      'Đang hoạt động',
      '12/03/2015',
      1342,
      2.4,
      1500,
      'Nguyễn Văn Hùng',
      null,
      null,
    ],
    [
      5,
      'Hợp tác xã Vận tải Thành Công',
      '1000000005',
      'Liên doanh',
      'Xã Quang Lịch, Tỉnh Hưng Yên',
      'Vận tải',
      'Đang hoạt động',
      '31/02/2020',
      'nhiều',
      100,
      50,
      null,
      null,
      null,
    ],
    [],
    [
      6,
      'Hợp tác xã Môi trường Xanh',
      '1000000006',
      null,
      'Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình',
      'Môi trường, điện, nước',
      'Tạm ngừng',
      '5/6/19',
      3,
      500,
      200,
      'Lê Minh Tuấn',
      null,
      null,
    ],
    [
      7,
      'HTX Nông nghiệp Đồng Tâm',
      '1000000009',
      'HTX',
      null,
      'Nông nghiệp',
      'Đang hoạt động',
      null,
      30,
      null,
      null,
      null,
      null,
      null,
    ],
  ];
  return workbookOf([{ name: 'Danh sách', rows, merges: ['A1:N1', 'A2:N2'] }]);
}

const ISSUE_KIND =
  'Loại hình không hợp lệ (chọn một trong: Tổ hợp tác, Hợp tác xã, Liên hiệp hợp tác xã, Quỹ tín dụng nhân dân, Doanh nghiệp thành viên)';
const byRow = (page: PreviewPage) => new Map(page.items.map((r) => [r.rowNumber, r]));
const messages = (r: PreviewRow | undefined) =>
  r?.issues.map((i) => [i.severity, i.column, i.value, i.message]);

describe('importing a messy legacy spreadsheet', () => {
  let importId: string;
  let dongTamId: string;
  let groupId: string;
  let uploaded: Buffer;

  it('maps the synonym headers under the title rows and lists the unknown columns as ignored', async () => {
    dongTamId = (
      await createOrg(staff, {
        name: 'Hợp tác xã Nông nghiệp Đồng Tâm',
        regCode: '1000000009',
        communeCode: '13132',
      })
    ).id;
    groupId = (
      await createOrg(staff, {
        kind: 'THT',
        name: 'Tổ hợp tác Rau sạch Hòa Bình',
        regCode: null,
        communeCode: '04795',
      })
    ).id;
    uploaded = await messyFile();
    const up = await uploadOk(staff, 'Danh sách HTX 2024.xlsx', uploaded);
    importId = up.id;
    expect(up).toMatchObject({ status: 'uploaded', sheetName: 'Danh sách', year: 2024, counts: null });
    expect(up.mapping?.headerRow).toBe(4);
    expect(up.mapping?.columns.map((c) => [c.column, c.field, c.unit])).toEqual([
      ['A', null, null],
      ['B', 'name', null],
      ['C', 'regCode', null],
      ['D', 'kind', null],
      ['E', 'address', null],
      ['F', 'sectorPrimary', null],
      ['G', 'status', null],
      ['H', 'foundedOn', null],
      ['I', 'fig:tv_chinh_thuc', null],
      ['J', 'fig:von_dieu_le', 'trieu'],
      ['K', 'fig:doanh_thu', 'trieu'],
      ['L', 'representativeName', null],
      ['M', 'publicPhone', null],
      ['N', null, null],
    ]);
    expect(up.ignoredColumns).toEqual([
      { column: 'A', header: 'STT' },
      { column: 'N', header: 'Xếp loại nội bộ' },
    ]);
  });

  it('previews every row with exact counts and messages, writing nothing', async () => {
    const before = await registerCounts(t.database.db, t.tenant.id);
    const pre = await previewImport(staff, importId);
    expect(pre.status).toBe('previewed');
    expect(pre.progress).toBe(100);
    expect(pre.counts).toEqual({
      total: 7,
      new: 3,
      update: 2,
      unchanged: 0,
      rejected: 2,
      warnings: 3,
      pendingChoices: 1,
    });
    expect(await registerCounts(t.database.db, t.tenant.id)).toEqual(before);

    const rows = byRow(await previewRows(staff, importId));
    expect([...rows.values()].map((r) => [r.rowNumber, r.outcome])).toEqual([
      [6, 'new'],
      [7, 'new'],
      [8, 'update'],
      [9, 'rejected'],
      [10, 'rejected'],
      [12, 'new'],
      [13, 'update'],
    ]);
    expect(rows.get(6)?.address).toMatchObject({
      state: 'matched',
      commune: {
        code: '13132',
        name: 'Xã Quang Lịch',
        provinceName: 'Hưng Yên',
        legacy: 'Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình',
      },
    });
    expect(messages(rows.get(6))).toEqual([]);
    expect(rows.get(7)?.address?.state).toBe('ambiguous');
    expect(rows.get(7)?.address?.alternatives.map((a) => [a.code, a.legacy])).toEqual([
      ['06364', 'Xã Vũ Lễ, Huyện Bắc Sơn, Tỉnh Lạng Sơn'],
      ['13132', 'Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình'],
    ]);
    expect(messages(rows.get(7))).toEqual([
      [
        'warning',
        'E',
        'Xã Vũ Lễ',
        'Địa chỉ ứng với nhiều xã/phường mới; vui lòng chọn một trong danh sách gợi ý',
      ],
    ]);
    expect(rows.get(8)).toMatchObject({
      orgId: groupId,
      changes: ['Ngày thành lập', 'Người đại diện', 'Địa chỉ', 'Thành viên chính thức', 'Doanh thu'],
    });
    expect(messages(rows.get(9))).toEqual([
      ['error', null, '', 'Trùng với dòng 6 (cùng mã số); dòng này bị bỏ qua'],
    ]);
    expect(messages(rows.get(10))).toEqual([
      ['error', 'D', 'Liên doanh', ISSUE_KIND],
      ['error', 'H', '31/02/2020', 'Ngày không hợp lệ (ghi theo dạng dd/mm/yyyy, ví dụ 12/03/2015)'],
      ['error', 'I', 'nhiều', 'Không đọc được số (ví dụ đúng: 1.342 hoặc 2,4)'],
    ]);
    expect(messages(rows.get(12))).toEqual([
      [
        'warning',
        'I',
        '3',
        'Hợp tác xã cần có ít nhất 5 thành viên chính thức (đang khai 3) (căn cứ: Khoản 7 Điều 4 Luật Hợp tác xã số 17/2023/QH15: hợp tác xã do ít nhất 05 thành viên chính thức tự nguyện thành lập)',
      ],
    ]);
    expect(rows.get(13)).toMatchObject({ orgId: dongTamId, changes: ['Thành viên chính thức'] });
    expect(messages(rows.get(13))).toEqual([
      ['warning', 'J', '', 'Vui lòng nhập vốn điều lệ'],
      ['warning', 'K', '', 'Vui lòng nhập doanh thu'],
    ]);
    const rejected = await previewRows(staff, importId, { filter: 'rejected' });
    expect(rejected.items.map((r) => r.rowNumber)).toEqual([9, 10]);
    const choices = await previewRows(staff, importId, { filter: 'choices' });
    expect(choices.items.map((r) => r.rowNumber)).toEqual([7]);
  });

  it('takes the commune chosen for the ambiguous address, and only one the row offered', async () => {
    const put = (payload: object) =>
      staff.inject({ method: 'PUT', url: `/api/v1/org-imports/${importId}/choices`, payload });
    const foreign = await put({ '7': '04795' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fieldErrors).toEqual({
      '7': 'Mã 04795 không nằm trong các xã/phường gợi ý cho dòng 7',
    });
    const noAddress = await put({ '11': '13132' });
    expect(noAddress.json().fieldErrors).toEqual({ '11': 'Dòng 11 không có địa chỉ cần chọn' });
    const ok = await put({ '7': '13132' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().counts).toMatchObject({ pendingChoices: 0, warnings: 2, new: 3 });
    const row7 = (await previewRows(staff, importId, { filter: 'choices' })).items[0];
    expect(row7?.address).toMatchObject({ state: 'chosen', commune: { code: '13132' } });
    expect(row7?.issues).toEqual([]);
  });

  it('commits the accepted rows: organisations, figures, history, search and one audit row', async () => {
    const done = await commitImport(staff, importId);
    expect(done).toMatchObject({ status: 'committed', progress: 100, error: null });
    expect(done.counts).toEqual({
      total: 7,
      new: 3,
      update: 2,
      unchanged: 0,
      rejected: 2,
      warnings: 2,
      pendingChoices: 0,
    });
    expect(done.committedAt).not.toBeNull();

    const orgs = new Map((await registerOf(t.database.db, t.tenant.id)).map((o) => [o.regCode ?? o.name, o]));
    expect(orgs.size).toBe(5);
    const vuLe = orgs.get('1000000001');
    expect(vuLe).toMatchObject({
      kind: 'HTX',
      name: 'HTX Nông nghiệp Vũ Lễ',
      slug: 'htx-nong-nghiep-vu-le',
      communeCode: '13132',
      provinceCode: '33',
      street: 'Thôn 3',
      addressOriginal: 'Thôn 3, Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình',
      foundedOn: '2015-03-12',
      sectorPrimary: 'nong_nghiep',
      status: 'dang_hoat_dong',
      representativeName: 'Nguyễn Văn Hùng',
      publicPhone: '0912345678',
    });
    const vuLeId = vuLe?.id as string;
    expect(await figuresOf(t.database.db, t.tenant.id, vuLeId, 2024)).toEqual({
      tv_chinh_thuc: 1342,
      von_dieu_le: 2_400_000,
      doanh_thu: 1_500_000_000,
    });
    expect(await statusHistoryOf(t.database.db, t.tenant.id, vuLeId)).toEqual([
      { status: 'dang_hoat_dong', since: '2015-03-12', note: 'Nhập từ tệp Excel' },
    ]);
    expect(await searchEntryOf(t.database.db, t.tenant.id, vuLeId)).toEqual({
      url: '/hop-tac-xa/htx-nong-nghiep-vu-le',
      title: 'HTX Nông nghiệp Vũ Lễ',
    });

    const quangLich = orgs.get('1000000002');
    expect(quangLich).toMatchObject({
      communeCode: '13132',
      addressOriginal: 'Xã Vũ Lễ',
      foundedOn: '2018-07-20',
      sectorPrimary: 'thuong_mai_dich_vu',
      status: 'dang_hoat_dong',
    });
    expect(await figuresOf(t.database.db, t.tenant.id, quangLich?.id as string, 2024)).toEqual({
      tv_chinh_thuc: 25,
      von_dieu_le: 1_342_500_000,
      doanh_thu: 2_400_000_000,
    });
    expect(orgs.get('1000000006')).toMatchObject({
      kind: 'HTX',
      status: 'tam_ngung',
      foundedOn: '2019-06-05',
      sectorPrimary: 'moi_truong_dien_nuoc',
    });
    expect(orgs.get('1000000005')).toBeUndefined();

    const group = orgs.get('Tổ hợp tác Rau sạch Hòa Bình');
    expect(group).toMatchObject({
      id: groupId,
      foundedOn: '2020-03-10',
      representativeName: 'Lê Văn Tám',
      version: 2,
    });
    expect(await figuresOf(t.database.db, t.tenant.id, groupId, 2024)).toEqual({
      tv_chinh_thuc: 12,
      doanh_thu: 300_000_000,
    });
    expect(orgs.get('1000000009')).toMatchObject({ name: 'Hợp tác xã Nông nghiệp Đồng Tâm', version: 2 });
    expect(await figuresOf(t.database.db, t.tenant.id, dongTamId, 2024)).toEqual({ tv_chinh_thuc: 30 });

    const audit = await admin.inject({ method: 'GET', url: '/api/v1/audit?action=org_import.commit' });
    const entries = audit.json().items;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entity: 'org_import',
      entityId: importId,
      after: { year: 2024, counts: done.counts },
    });
  });

  it('re-importing the same file finds every accepted row unchanged and writes nothing', async () => {
    const before = await registerOf(t.database.db, t.tenant.id);
    const counts = await registerCounts(t.database.db, t.tenant.id);
    const again = await uploadOk(staff, 'Danh sách HTX 2024.xlsx', await messyFile());
    const pre = await previewImport(staff, again.id);
    expect(pre.counts).toMatchObject({ new: 0, update: 0, unchanged: 5, rejected: 2 });
    const done = await commitImport(staff, again.id);
    expect(done.status).toBe('committed');
    expect(await registerOf(t.database.db, t.tenant.id)).toEqual(before);
    expect(await registerCounts(t.database.db, t.tenant.id)).toEqual(counts);
    // A committed import cannot be committed twice.
    const twice = await staff.inject({ method: 'POST', url: `/api/v1/org-imports/${again.id}/commit` });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps the history with the original file and a report with an error column', async () => {
    const list = await staff.inject({ method: 'GET', url: '/api/v1/org-imports' });
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({
      id: importId,
      fileName: 'Danh sách HTX 2024.xlsx',
      status: 'committed',
      counts: { new: 3, update: 2 },
      createdBy: { name: 'Người dùng can_bo' },
    });

    const original = await staff.inject({ method: 'GET', url: `/api/v1/org-imports/${importId}/original` });
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-disposition']).toContain(
      "filename*=UTF-8''Danh%20s%C3%A1ch%20HTX%202024.xlsx",
    );
    expect(original.rawPayload.equals(uploaded)).toBe(true);

    const report = await staff.inject({ method: 'GET', url: `/api/v1/org-imports/${importId}/report.xlsx` });
    expect(report.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Danh sách');
    expect(ws?.getCell('A2').value).toBe('DANH SÁCH HỢP TÁC XÃ NĂM 2024');
    expect(ws?.getCell('O4').value).toBe('Kết quả');
    expect(ws?.getCell('P4').value).toBe('Lỗi / cảnh báo');
    expect(ws?.getCell('B6').value).toBe('HTX Nông nghiệp Vũ Lễ');
    expect(ws?.getCell('O6').value).toBe('Thêm mới');
    expect(ws?.getCell('O9').value).toBe('Bị loại');
    expect(ws?.getCell('P9').value).toBe('[Lỗi] Trùng với dòng 6 (cùng mã số); dòng này bị bỏ qua');
    expect(String(ws?.getCell('P10').value).split('\n')).toEqual([
      `[Lỗi] Cột D – Loại hình “Liên doanh”: ${ISSUE_KIND}`,
      '[Lỗi] Cột H – Ngày thành lập “31/02/2020”: Ngày không hợp lệ (ghi theo dạng dd/mm/yyyy, ví dụ 12/03/2015)',
      '[Lỗi] Cột I – Thành viên chính thức “nhiều”: Không đọc được số (ví dụ đúng: 1.342 hoặc 2,4)',
    ]);
    expect(ws?.getCell('O13').value).toBe('Cập nhật');
  });
});
