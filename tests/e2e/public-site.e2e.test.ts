/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, seriousA11yViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
const cspErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'vi-VN' });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('public site', () => {
  it('renders the home page with the alliance name and no serious accessibility violation', async () => {
    await page.goto(`${baseUrl}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Liên minh Hợp tác xã tỉnh Hưng Yên');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('remembers the chosen font size across pages, applied before paint', async () => {
    await page.goto(`${baseUrl}/`);
    const root = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const normal = Number.parseFloat(await root());
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    expect(Number.parseFloat(await root())).toBeGreaterThan(normal);
    await page.goto(`${baseUrl}/khong-co-trang-nay`);
    expect(Number.parseFloat(await root())).toBeGreaterThan(normal);
    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
    expect(Number.parseFloat(await root())).toBe(normal);
  });

  it('shows a Vietnamese 404 page that is accessible too', async () => {
    const res = await page.goto(`${baseUrl}/khong-co-trang-nay`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Không tìm thấy trang');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('works without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${baseUrl}/`);
    await expect(p.locator('h1').textContent()).resolves.toContain('Hưng Yên');
    await expect(p.getByRole('button', { name: 'Tăng cỡ chữ' }).isVisible()).resolves.toBe(false);
    await noJs.close();
  });

  it('raised no Content-Security-Policy error', () => {
    expect(cspErrors).toEqual([]);
  });
});
