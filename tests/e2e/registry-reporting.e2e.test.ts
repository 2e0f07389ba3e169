/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  type Account,
  baseUrl,
  type ConsoleApi,
  consoleApi,
  firstSignIn,
  newPerson,
  uniqueTag,
} from './people.ts';
import { createRegistryOfficer, importThroughApi, oneCooperativeSheet } from './registry-fixtures.ts';

// A member organisation reports its year: its representative fills the figures, staff approve,
// and the approved values are locked for the member.
const tag = uniqueTag();
const ORG_NAME = `HTX Nông nghiệp Quang Lịch ${tag}`;
const REPRESENTATIVE = `Đỗ Thị Đại Diện ${tag}`;
const YEAR = new Date().getFullYear();
const WAIT = { timeout: 60_000 };

let browser: Browser;
let staff: Page;
let member: Page;
let api: ConsoleApi;
let orgId = '';
let memberAccount: Account | undefined;

const field = (page: Page, code: string) => page.locator(`#values_${code}`);
/** The form item around one indicator's input: its label, notes, warnings and errors. */
const fieldItem = (page: Page, code: string) =>
  page.locator('.ant-form-item').filter({ has: field(page, code) });

beforeAll(async () => {
  browser = await launchBrowser();
  [staff, member] = await Promise.all([newPerson(browser), newPerson(browser)]);
  for (const page of [staff, member]) page.setDefaultTimeout(WAIT.timeout);
  await firstSignIn(staff, await createRegistryOfficer(`Cán bộ theo dõi báo cáo ${tag}`));
  api = await consoleApi(staff);
  // The organisation arrives the way the register is filled: from a spreadsheet, with last year's figures.
  await importThroughApi(staff, api, await oneCooperativeSheet(ORG_NAME, tag), YEAR - 1);
  const found = await api.call<{ items: { id: string; name: string }[] }>('GET', `/orgs?q=${tag}`);
  orgId = found.items.find((o) => o.name === ORG_NAME)?.id ?? '';
  if (!orgId) throw new Error(`imported organisation not found: ${JSON.stringify(found)}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('member self-reporting: fill, submit, approve, lock', { timeout: 180_000 }, () => {
  it('staff create the representative’s account on the organisation’s record', async () => {
    await staff.goto(`${baseUrl}/quan-tri/to-chuc?q=${tag}`);
    await staff.getByRole('cell', { name: ORG_NAME, exact: true }).click();
    await staff.getByRole('heading', { name: ORG_NAME }).waitFor();
    await staff.getByRole('tab', { name: 'Tài khoản đại diện' }).click();
    const form = staff.locator('.ant-card').filter({ hasText: 'Tạo tài khoản đại diện' });
    const email = `dai-dien-${tag}@example.vn`;
    await form.getByLabel('Họ tên').fill(REPRESENTATIVE);
    await form.getByLabel('Email đăng nhập').fill(email);
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();

    const shown = staff.getByRole('dialog').filter({ hasText: 'Đã tạo tài khoản đại diện' });
    await shown.getByText(email).waitFor();
    const password = ((await shown.locator('code').textContent()) ?? '').trim();
    expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    memberAccount = { email, password };
    await shown.getByRole('button', { name: 'Tôi đã ghi lại mật khẩu' }).click();
    const row = staff.getByRole('row').filter({ hasText: email });
    await expect.poll(() => row.textContent()).toContain('Chưa đăng nhập');
    expect(await row.textContent()).toContain(REPRESENTATIVE);
  });

  it('the representative signs in, replaces the one-time password and opens the year’s report', async () => {
    if (!memberAccount) throw new Error('no representative account');
    await firstSignIn(member, memberAccount);
    await member.goto(`${baseUrl}/quan-tri/bao-cao-cua-toi?year=${YEAR}`);
    await member.getByRole('heading', { name: `Báo cáo năm ${YEAR}` }).waitFor();
    await member.getByText(ORG_NAME, { exact: true }).waitFor();
    await member.getByText('Chưa nộp', { exact: true }).waitFor();
    // Last year's imported figure is shown next to the field.
    expect(await fieldItem(member, 'tv_chinh_thuc').textContent()).toContain(`Năm ${YEAR - 1}: 12`);
  });

  it('shows a hard error on the field, then a soft warning with its legal basis, and submits', async () => {
    await field(member, 'tv_chinh_thuc').fill('3');
    await field(member, 'lao_dong').fill('10');
    await field(member, 'von_dieu_le').fill('500000000');
    await field(member, 'doanh_thu').fill('1000000000');
    await field(member, 'loi_nhuan_truoc_thue').fill('2000000000');
    await member.getByRole('button', { name: 'Lưu' }).click();
    await member.getByText('Số liệu chưa hợp lệ, vui lòng kiểm tra các chỉ tiêu được đánh dấu.').waitFor();
    const profit = fieldItem(member, 'loi_nhuan_truoc_thue');
    const profitError = profit.getByText(
      'Lợi nhuận trước thuế (2.000.000.000 đồng) không được lớn hơn doanh thu (1.000.000.000 đồng)',
    );
    await profitError.waitFor();

    await field(member, 'loi_nhuan_truoc_thue').fill('50000000');
    await member.getByRole('button', { name: 'Lưu' }).click();
    await member.getByText(`Đã lưu báo cáo năm ${YEAR}.`, { exact: false }).waitFor();
    const members = fieldItem(member, 'tv_chinh_thuc');
    await members.getByText('Hợp tác xã cần có ít nhất 5 thành viên chính thức', { exact: false }).waitFor();
    expect(await members.textContent()).toContain('Căn cứ: Khoản 7 Điều 4 Luật Hợp tác xã số 17/2023/QH15');
    // The corrected figure no longer carries the error.
    await profitError.waitFor({ state: 'detached' });

    await member.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await member.locator('.ant-popconfirm').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await member.getByText(`Đã nộp báo cáo năm ${YEAR}.`, { exact: false }).waitFor();
    await member.getByText('Báo cáo đã nộp và đang chờ Liên minh duyệt', { exact: false }).waitFor();
    expect(await field(member, 'tv_chinh_thuc').isDisabled()).toBe(true);
  });

  it('staff find it among the submitted reports and approve it', async () => {
    await staff.goto(`${baseUrl}/quan-tri/bao-cao-nam?year=${YEAR}`);
    await staff.getByRole('button', { name: /^Đã nộp, chờ duyệt: [1-9]\d*$/ }).click();
    await staff.getByRole('link', { name: `Xem báo cáo của ${ORG_NAME}` }).click();
    await staff.getByRole('heading', { name: `Báo cáo năm ${YEAR} – ${ORG_NAME}` }).waitFor();
    await staff.getByText('Đã nộp', { exact: true }).first().waitFor();
    await staff.getByRole('button', { name: 'Duyệt' }).click();
    await staff.locator('.ant-popconfirm').getByRole('button', { name: 'Duyệt' }).click();
    await staff.getByText(`Đã duyệt báo cáo năm ${YEAR}; số liệu đã khóa với đơn vị.`).waitFor();
    expect(await staff.getByRole('button', { name: 'Duyệt' }).count()).toBe(0);

    await staff.goto(`${baseUrl}/quan-tri/bao-cao-nam?year=${YEAR}&status=da_duyet`);
    await staff.getByRole('link', { name: `Xem báo cáo của ${ORG_NAME}` }).waitFor();
  });

  it('locks the approved values for the member: the form is read-only and the API refuses a change', async () => {
    await member.goto(`${baseUrl}/quan-tri/bao-cao-cua-toi?year=${YEAR}`);
    await member.getByText('Báo cáo đã được duyệt: số liệu đã khóa.', { exact: false }).waitFor();
    const inputs = member.locator('input[id^="values_"]');
    await expect.poll(() => inputs.count()).toBeGreaterThan(0);
    for (const input of await inputs.all()) expect(await input.isDisabled()).toBe(true);
    expect(await field(member, 'tv_chinh_thuc').inputValue()).toBe('3');
    expect(await member.getByRole('button', { name: 'Lưu' }).count()).toBe(0);

    // The member's own session tries to change the locked figure behind the form's back.
    const refused = await member.evaluate(
      async ({ id, year }) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
        const res = await fetch(`/api/v1/orgs/${id}/figures/${year}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ values: { tv_chinh_thuc: 99 } }),
        });
        return { status: res.status, body: (await res.json()) as { message?: string } };
      },
      { id: orgId, year: YEAR },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      `Số liệu năm ${YEAR} đã được duyệt và khóa; chỉ cán bộ Liên minh được sửa.`,
    );

    const figures = await api.call<{ values: Record<string, number> }>(
      'GET',
      `/orgs/${orgId}/figures?year=${YEAR}`,
    );
    expect(figures.values.tv_chinh_thuc).toBe(3);
  });
});
