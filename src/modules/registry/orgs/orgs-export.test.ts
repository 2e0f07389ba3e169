import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { createOrg } from './orgs-test-kit.fixture.ts';

let t: TestApp;
let officer: StaffClient;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn((await t.addUser('can_bo')).email);
  await createOrg(officer, {
    name: 'Hợp tác xã Đồng Tâm, "Mới"',
    regCode: '0101234567',
    registeredOn: '2019-05-20',
    latitude: 20.8134,
    longitude: 105.3383,
    notes: 'Dòng 1\nDòng 2',
  });
  await createOrg(officer, {
    kind: 'THT',
    regCode: null,
    name: 'Tổ hợp tác Rau an toàn',
    registeredOn: null,
    latitude: null,
    longitude: null,
    publicPhone: '+84 218 385 1234',
    representativeName: '=HYPERLINK("http://evil")',
  });
  await createOrg(officer, { kind: 'LHHTX', name: 'Liên hiệp Hợp tác xã Sông Đà' });
});
afterAll(async () => t.close());

async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('register export', () => {
  it('writes the filtered list as .xlsx with Vietnamese headers, dates, numbers, frozen header and filter', async () => {
    const res = await officer.inject({ method: 'GET', url: '/api/v1/orgs/export.xlsx?kind=HTX,THT' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="danh-sach-to-chuc-2026-03-02.xlsx"; filename*=UTF-8''danh-sach-to-chuc-2026-03-02.xlsx`,
    );
    const sheet = await readXlsx(res.rawPayload);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual([
      'STT',
      'Loại hình',
      'Tên tổ chức',
      'Tên viết tắt',
      'Mã số HTX/Mã số thuế',
      'Ngày đăng ký',
    ]);
    expect(header).toContain('Điện thoại nội bộ');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const col = (name: string) => header.indexOf(name) + 1;
    const first = sheet.getRow(2);
    expect(first.getCell(col('STT')).value).toBe(1);
    expect(first.getCell(col('Tên tổ chức')).value).toBe('Hợp tác xã Đồng Tâm, "Mới"');
    expect(first.getCell(col('Loại hình')).value).toBe('Hợp tác xã');
    expect(first.getCell(col('Mã số HTX/Mã số thuế')).value).toBe('0101234567');
    const registered = first.getCell(col('Ngày đăng ký'));
    expect(registered.value).toEqual(new Date(Date.UTC(2019, 4, 20)));
    expect(registered.numFmt).toBe('dd/mm/yyyy');
    const lat = first.getCell(col('Vĩ độ'));
    expect(lat.value).toBe(20.8134);
    expect(lat.numFmt).toBe('0.000000');
    expect(first.getCell(col('Xã, phường')).value).toBe('Phường Hòa Bình');
    expect(first.getCell(col('Tình trạng hoạt động')).value).toBe('Đang hoạt động');
    expect(sheet.getRow(3).getCell(col('Loại hình')).value).toBe('Tổ hợp tác');
  });

  it('writes CSV in UTF-8 with a BOM, quoting and formula-safe cells', async () => {
    const res = await officer.inject({ method: 'GET', url: '/api/v1/orgs/export.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('danh-sach-to-chuc-2026-03-02.csv');
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(
      lines[0]?.startsWith('STT,Loại hình,Tên tổ chức,Tên viết tắt,Mã số HTX/Mã số thuế,Ngày đăng ký'),
    ).toBe(true);
    expect(text).toContain('1,Hợp tác xã,"Hợp tác xã Đồng Tâm, ""Mới""",');
    expect(text).toContain(',20/05/2019,');
    expect(text).toContain('"Dòng 1\nDòng 2"');
    // A cell starting with "=" would run as a formula: it gets an apostrophe (then CSV quoting).
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(text).toContain(',+84 218 385 1234,');
    expect(text).toContain('Liên hiệp Hợp tác xã Sông Đà');
  });

  it('applies the list filters and search', async () => {
    const res = await officer.inject({
      method: 'GET',
      url: `/api/v1/orgs/export.csv?q=${encodeURIComponent('song da')}`,
    });
    const body = res.body;
    expect(body).toContain('Liên hiệp Hợp tác xã Sông Đà');
    expect(body).not.toContain('Rau an toàn');
    const bad = await officer.inject({ method: 'GET', url: '/api/v1/orgs/export.xlsx?kind=ABC' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors).toEqual({ 'kind.0': 'Loại hình tổ chức không hợp lệ' });
  });
});
