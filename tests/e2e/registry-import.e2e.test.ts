/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { baseUrl, type ConsoleApi, consoleApi, firstSignIn, newPerson, uniqueTag } from './people.ts';
import { createRegistryOfficer, type MessySheet, messyLegacySheet, parseCount } from './registry-fixtures.ts';

// The way an alliance's register starts: its old spreadsheet, imported by a cán bộ in the console.
const tag = uniqueTag();
// Figures of last year: a year the dashboard and the figure tabs both offer.
const YEAR = new Date().getFullYear() - 1;
const WAIT = { timeout: 60_000 };

let browser: Browser;
let officer: Page;
let reader: Page;
let api: ConsoleApi;
let sheet: MessySheet;
let registerBefore = 0;
let statsBefore = { organisations: 0, members: 0 };

interface OrgList {
  total: number;
  items: Record<string, unknown>[];
}

const registerTotal = async () => (await api.call<OrgList>('GET', '/orgs?pageSize=1')).total;
const ourOrgs = async () => api.call<OrgList>('GET', `/orgs?q=${tag}&pageSize=50`);

/** The dry run's count cards, by title. */
async function importCounts(page: Page): Promise<Record<string, number>> {
  const cards = page.getByRole('list', { name: 'Kết quả kiểm tra' }).getByRole('listitem');
  const counts: Record<string, number> = {};
  for (const card of await cards.all()) {
    const title = (await card.locator('.ant-statistic-title').textContent()) ?? '';
    counts[title] = parseCount((await card.locator('.ant-statistic-content').textContent()) ?? '');
  }
  return counts;
}

const expectCounts = (page: Page, expected: Record<string, number>) =>
  expect.poll(() => importCounts(page), WAIT).toEqual(expected);

/** Two headline figures of the dashboard for YEAR. */
async function dashboardFigures(page: Page) {
  await page.goto(`${baseUrl}/quan-tri/thong-ke-to-chuc?nam=${YEAR}`);
  const headline = (title: string) =>
    page
      .locator('.ant-statistic')
      .filter({ has: page.locator('.ant-statistic-title', { hasText: title }) })
      .locator('.ant-statistic-content');
  const organisations = headline(`Tổ chức hoạt động trong năm ${YEAR}`);
  const members = headline('Thành viên chính thức');
  await organisations.waitFor(WAIT);
  await members.waitFor(WAIT);
  return {
    organisations: parseCount((await organisations.textContent()) ?? ''),
    members: parseCount((await members.textContent()) ?? ''),
  };
}

/** Upload, sheet choice, year and dry run: the wizard up to its preview. */
async function uploadAndCheck(page: Page) {
  await page.goto(`${baseUrl}/quan-tri/nhap-excel`);
  // The drop area ("Chọn tệp Excel để nhập") takes the file through its hidden input.
  await page.locator('input[type=file]').setInputFiles(sheet.file);
  await page.waitForURL(/\/nhap-excel\/[0-9a-f-]{36}$/, WAIT);
  // Two sheets with data: the console asks which one holds the list.
  await page.getByRole('radio', { name: 'DS HTX' }).check();
  await page.getByRole('button', { name: 'Dùng trang tính này' }).click();
  await page.getByText('Ghép cột của tệp với sổ đăng ký').waitFor(WAIT);
  await page.getByLabel('Năm số liệu').fill(String(YEAR));
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  await page.getByRole('list', { name: 'Kết quả kiểm tra' }).waitFor(WAIT);
}

async function commit(page: Page) {
  await page.getByRole('button', { name: 'Ghi vào sổ đăng ký' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Ghi vào sổ đăng ký?' });
  await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
  await page.getByText('Đã ghi vào sổ đăng ký', { exact: true }).waitFor(WAIT);
}

beforeAll(async () => {
  browser = await launchBrowser();
  [officer, reader] = await Promise.all([newPerson(browser), newPerson(browser)]);
  for (const page of [officer, reader]) page.setDefaultTimeout(WAIT.timeout);
  sheet = await messyLegacySheet(tag);
  await firstSignIn(officer, await createRegistryOfficer(`Cán bộ nhập liệu ${tag}`));
  api = await consoleApi(officer);
  registerBefore = await registerTotal();
  statsBefore = await dashboardFigures(officer);
});
afterAll(async () => {
  await browser?.close();
});

describe('Excel import of a messy legacy list, from the dry run to the directory', {
  timeout: 180_000,
}, () => {
  it('maps the synonym headers and units, then previews counts and per-row errors', async () => {
    await uploadAndCheck(officer);
    await expectCounts(officer, {
      'Tổng số dòng': 6,
      Mới: 4,
      'Cập nhật': 0,
      'Không đổi': 0,
      'Bị loại': 2,
      'Có cảnh báo': 3,
    });
    // The mapping the console chose from the headers, still there to adjust.
    await officer.getByText('Sửa cách ghép cột hoặc năm số liệu, rồi kiểm tra lại').click();
    const mapped = (header: string) => officer.getByRole('row').filter({ hasText: header });
    await expect.poll(() => mapped('Tên hợp tác xã').textContent(), WAIT).toContain('Tên tổ chức');
    expect(await mapped('Mã số HTX').textContent()).toContain('Mã số HTX/Mã số thuế');
    expect(await mapped('Số TV').textContent()).toContain('Thành viên chính thức');
    expect(await mapped('Vốn điều lệ (triệu đồng)').textContent()).toContain('triệu đồng');

    await officer.getByText('1 địa chỉ cũ ứng với nhiều xã/phường mới: vui lòng chọn bên dưới.').waitFor();
    const issues = officer.getByRole('table', { name: 'Lỗi và cảnh báo theo dòng' });
    const issueRow = async (message: string) => {
      const row = issues.getByRole('row').filter({ hasText: message });
      await row.waitFor(WAIT);
      return (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
    };
    expect(await issueRow('Trùng với dòng 5 (cùng mã số)')).toEqual(expect.arrayContaining(['7', 'Lỗi']));
    expect(await issueRow('Loại hình không hợp lệ')).toEqual(
      expect.arrayContaining(['8', '“Liên doanh”', 'Lỗi', sheet.broken]),
    );
    expect(await issueRow('Ngày không hợp lệ')).toEqual(expect.arrayContaining(['8', '“31/02/2020”']));
    expect(await issueRow('Không đọc được số')).toEqual(expect.arrayContaining(['8', '“nhiều”']));
    expect(await issueRow('Địa chỉ ứng với nhiều xã/phường mới')).toEqual(
      expect.arrayContaining(['6', '“Xã Minh Quang”', 'Cảnh báo', sheet.services]),
    );
    expect(await issueRow('Hợp tác xã cần có ít nhất 5 thành viên chính thức')).toEqual(
      expect.arrayContaining(['9', 'Cảnh báo', sheet.fishery]),
    );
    expect(await issueRow('Chỉ tiêu không áp dụng cho tổ hợp tác')).toEqual(
      expect.arrayContaining(['10', 'Cảnh báo', sheet.group]),
    );
  });

  it('settles the ambiguous old commune by choosing it, then commits', async () => {
    await officer.getByLabel('Xã/phường mới cho dòng 6').click();
    // Old Thái Bình had a "Xã Minh Quang" in Kiến Xương and another in Vũ Thư, now two communes.
    const options = officer.locator('.ant-select-item-option');
    await expect
      .poll(() => options.allTextContents(), WAIT)
      .toEqual(
        expect.arrayContaining([
          'Xã Bình Thanh, Hưng Yên (từ Xã Minh Quang, Huyện Kiến Xương, Tỉnh Thái Bình)',
          'Xã Vũ Thư, Hưng Yên (từ Xã Minh Quang, Huyện Vũ Thư, Tỉnh Thái Bình)',
        ]),
      );
    await options.filter({ hasText: 'Huyện Kiến Xương' }).click();
    await officer.getByText('Đã lưu xã/phường cho dòng 6 và kiểm tra lại.').waitFor(WAIT);
    await expectCounts(officer, {
      'Tổng số dòng': 6,
      Mới: 4,
      'Cập nhật': 0,
      'Không đổi': 0,
      'Bị loại': 2,
      'Có cảnh báo': 2,
    });

    await officer.getByRole('tab', { name: 'Tất cả các dòng' }).click();
    const row = officer
      .getByRole('tabpanel', { name: 'Tất cả các dòng' })
      .getByRole('row')
      .filter({ hasText: sheet.services });
    await expect.poll(() => row.textContent(), WAIT).toContain('Xã Bình Thanh, Hưng Yên');
    expect(await row.textContent()).toContain('Mới');

    await commit(officer);
    await officer.getByText('4 tổ chức mới, 0 tổ chức được cập nhật. 2 dòng bị loại').waitFor();
    expect(await registerTotal()).toBe(registerBefore + 4);
  });

  it('lists the organisations in the console, found without accents, with the figures read right', async () => {
    await officer.goto(`${baseUrl}/quan-tri/to-chuc`);
    const search = officer.getByLabel(/^Tìm theo tên, tên viết tắt, mã số/);
    await search.fill(`htx dich vu vu le ${tag}`);
    await officer.getByText('1 tổ chức', { exact: true }).waitFor(WAIT);
    await officer.getByRole('cell', { name: sheet.services }).waitFor();

    await search.fill(tag);
    await officer.getByText('4 tổ chức', { exact: true }).waitFor(WAIT);
    for (const name of [sheet.farming, sheet.services, sheet.fishery, sheet.group]) {
      await officer.getByRole('cell', { name, exact: true }).waitFor();
    }
    expect(await officer.getByText(sheet.broken).count()).toBe(0);
    expect(await officer.getByText(sheet.duplicate).count()).toBe(0);

    // "1.342" members and "2,4" (million đồng) capital, as the sheet meant them.
    await officer.getByRole('cell', { name: sheet.farming, exact: true }).click();
    await officer.getByRole('heading', { name: sheet.farming }).waitFor(WAIT);
    await officer.getByRole('tab', { name: 'Số liệu hằng năm' }).click();
    const yearRow = (indicator: string) => officer.getByRole('row').filter({ hasText: indicator }).last();
    await expect.poll(() => yearRow('Thành viên chính thức').textContent(), WAIT).toContain('1.342');
    expect(await yearRow('Vốn điều lệ').textContent()).toContain('2.400.000');
    expect(await yearRow('Doanh thu').textContent()).toContain('5.000.000.000');
  });

  it('shows them to anyone in the public directory, found without accents', async () => {
    await reader.goto(`${baseUrl}/hop-tac-xa`);
    await reader.getByLabel('Tên, mã số hoặc người đại diện').fill(`vu le ${tag}`);
    await reader.getByLabel('Tên, mã số hoặc người đại diện').press('Enter');
    await reader.getByText('Tìm thấy 2 tổ chức.').waitFor(WAIT);
    await reader.getByRole('link', { name: sheet.farming, exact: true }).waitFor();
    await reader.getByRole('link', { name: sheet.services, exact: true }).waitFor();

    await reader.goto(`${baseUrl}/hop-tac-xa?q=${tag}`);
    await reader.getByText('Tìm thấy 4 tổ chức.').waitFor(WAIT);
    for (const name of [sheet.farming, sheet.services, sheet.fishery, sheet.group]) {
      await reader.getByRole('link', { name, exact: true }).waitFor();
    }
    await reader.getByRole('link', { name: sheet.services, exact: true }).click();
    await reader.getByRole('heading', { level: 1, name: sheet.services }).waitFor(WAIT);
    expect(await reader.locator('main').textContent()).toContain('Bình Thanh');
  });

  it('counts them on the statistics dashboard', async () => {
    await expect
      .poll(() => dashboardFigures(officer), WAIT)
      .toEqual({
        organisations: statsBefore.organisations + 4,
        members: statsBefore.members + sheet.officialMembers,
      });
  });

  it('re-importing the same file finds everything unchanged and changes nothing', async () => {
    const before = await ourOrgs();
    const total = await registerTotal();
    await uploadAndCheck(officer);
    await expectCounts(officer, {
      'Tổng số dòng': 6,
      Mới: 0,
      'Cập nhật': 0,
      'Không đổi': 4,
      'Bị loại': 2,
      'Có cảnh báo': 3,
    });
    await officer.getByText('Không có dòng nào cần ghi: mọi dòng đều không đổi hoặc bị loại.').waitFor();
    await commit(officer);
    await officer.getByText('Không có thay đổi nào: dữ liệu trong tệp đã có sẵn trong sổ.').waitFor();

    expect(await registerTotal()).toBe(total);
    expect(await ourOrgs()).toEqual(before);
    await officer.goto(`${baseUrl}/quan-tri/to-chuc?q=${tag}`);
    await officer.getByText('4 tổ chức', { exact: true }).waitFor(WAIT);
  });
});
