/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, seriousA11yViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
const NEW_PASSWORD = 'mat-khau-quan-tri-moi-2026';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(email: string, password: string) {
  await page.goto(`${baseUrl}/quan-tri/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('staff console', () => {
  it('refuses a wrong password with the server’s Vietnamese message and keeps the e-mail', async () => {
    await signIn(inject('adminEmail'), 'sai-mat-khau-roi');
    await expect(page.getByText('Email hoặc mật khẩu không đúng.').waitFor()).resolves.toBeUndefined();
    expect(await page.getByLabel('Email').inputValue()).toBe(inject('adminEmail'));
  });

  it('signs in with the printed one-time password and forces a new one', async () => {
    await signIn(inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL(/\/quan-tri\/doi-mat-khau$/);
    await page.getByLabel('Mật khẩu hiện tại').fill(inject('adminPassword'));
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(/\/quan-tri\/?$/);
    await expect(
      page.getByText('Liên minh Hợp tác xã tỉnh Hưng Yên').first().waitFor(),
    ).resolves.toBeUndefined();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('creates a user and shows the temporary password once', async () => {
    await page.goto(`${baseUrl}/quan-tri/nguoi-dung`);
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Thêm người dùng' });
    await dialog.getByLabel('Email').fill('bien.tap@example.vn');
    await dialog.getByLabel('Họ tên').fill('Trần Thị Biên Tập');
    await dialog.getByLabel('Vai trò').click();
    const option = page.getByTitle('Biên tập viên');
    await option.waitFor({ state: 'visible' });
    await option.click();
    // The option list animates closed; until then it covers the dialog's buttons.
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const shown = page.getByRole('dialog').filter({ hasText: 'Mật khẩu tạm thời' });
    await expect(shown.getByText('bien.tap@example.vn').waitFor()).resolves.toBeUndefined();
    expect(await shown.locator('code').textContent()).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    await shown.getByRole('button', { name: 'Tôi đã lưu mật khẩu' }).click();
    await expect(page.getByRole('cell', { name: 'Trần Thị Biên Tập' }).waitFor()).resolves.toBeUndefined();
  });

  it('shows the audit trail of what was just done', async () => {
    await page.goto(`${baseUrl}/quan-tri/nhat-ky`);
    await expect(page.getByText('user.create').first().waitFor()).resolves.toBeUndefined();
  });

  it('serves deep links and signs out', async () => {
    await page.goto(`${baseUrl}/quan-tri/tai-khoan`);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/quan-tri\/dang-nhap/);
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
  });
});
