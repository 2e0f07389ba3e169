/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { runCli } from '../helpers/server-process.ts';

/**
 * The people of the browser tests: staff accounts made the way an installation makes them, each
 * person in a browser context of their own (their own cookies), and a reader with no session.
 */

export const baseUrl = inject('baseUrl');

/** Six hex digits: keeps the titles, names and e-mails of one test apart from every other test's. */
export function uniqueTag(): string {
  return randomBytes(3).toString('hex');
}

export type StaffRole = 'quan_tri' | 'bien_tap' | 'cong_tac_vien';

export interface Account {
  email: string;
  password: string;
}

/**
 * A new account from the command line, as an operator makes one: `hoptac user:create` reaches
 * the running server through its DATA_DIR and prints a one-time password. The first
 * administrator is left to console.e2e.test.ts, which signs in with the password printed at
 * the first start.
 */
export async function createAccountFromCli(role: StaffRole, fullName: string): Promise<Account> {
  const email = `${role.replace('_', '-')}-${uniqueTag()}@example.vn`;
  const { code, out } = await runCli(['user:create', '--email', email, '--role', role, '--name', fullName], {
    DATA_DIR: inject('dataDir'),
    LOG_LEVEL: 'warn',
  });
  const password = /temporaryPassword: (\S+)/.exec(out)?.[1];
  if (code !== 0 || !password) throw new Error(`user:create failed (${code}):\n${out}`);
  return { email, password };
}

/** A browser context of one's own, Vietnamese and on Vietnam's clock like the alliance's staff. */
export async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  return context.newPage();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/quan-tri/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/**
 * First sign-in with a one-time password: the console sends the person to "Đổi mật khẩu" before
 * anything else. Returns the account with its new password.
 */
export async function firstSignIn(page: Page, account: Account): Promise<Account> {
  const password = `mat-khau-moi-${uniqueTag()}-2026`;
  await signIn(page, account.email, account.password);
  await page.waitForURL(/\/quan-tri\/doi-mat-khau$/);
  await page.getByLabel('Mật khẩu hiện tại').fill(account.password);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(password);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL(/\/quan-tri\/?$/);
  return { email: account.email, password };
}

export interface ConsoleApi {
  call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/**
 * The console's JSON API with the page's session (its cookie and CSRF token): for setting up what
 * a test needs but does not test, such as a category to file articles under.
 */
export async function consoleApi(page: Page): Promise<ConsoleApi> {
  const request = page.context().request;
  const me = await request.get(`${baseUrl}/api/v1/auth/me`);
  if (!me.ok()) throw new Error(`not signed in: ${me.status()}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await request.fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: { 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { data: body }),
      });
      if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}

/** A news category (shown on the home page), named uniquely by the caller. */
export async function createCategory(api: ConsoleApi, name: string): Promise<{ id: string; name: string }> {
  return api.call('POST', '/news/categories', { name });
}

/** Picks an option of a labelled antd select or tree select, then waits for its list to close. */
export async function chooseOption(page: Page, field: string, option: string): Promise<void> {
  await page.getByLabel(field, { exact: true }).click();
  const item = page.getByTitle(option, { exact: true }).last();
  await item.waitFor({ state: 'visible' });
  await item.click();
  // The list animates closed; until then it covers what is under it.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}
