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

  it('A−/A/A+ change the root font size, remembered across reloads and pages, applied before paint', async () => {
    const root = (p: Page = page) =>
      p.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    const pressed = (name: string) => page.getByRole('button', { name }).getAttribute('aria-pressed');
    await page.goto(`${baseUrl}/`);
    const normal = await root();
    expect(await pressed('Cỡ chữ mặc định')).toBe('true');

    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    const large = await root();
    expect(large).toBeGreaterThan(normal);
    expect(await pressed('Tăng cỡ chữ')).toBe('true');
    await page.reload();
    expect(await root()).toBe(large);
    expect(await pressed('Tăng cỡ chữ')).toBe('true');
    await page.goto(`${baseUrl}/khong-co-trang-nay`);
    expect(await root()).toBe(large);

    // The inline head script applies the saved size before the first paint, not site.js after it.
    const withoutSiteJs = await context.newPage();
    let blocked = 0;
    await withoutSiteJs.route(/\/assets\/site\.[0-9a-f]+\.js$/, (route) => {
      blocked++;
      return route.abort();
    });
    await withoutSiteJs.goto(`${baseUrl}/`);
    expect(blocked).toBe(1);
    expect(await root(withoutSiteJs)).toBe(large);
    await withoutSiteJs.close();

    await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click();
    const small = await root();
    expect(small).toBeLessThan(normal);
    await page.reload();
    expect(await root()).toBe(small);
    expect(await pressed('Giảm cỡ chữ')).toBe('true');

    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
    expect(await root()).toBe(normal);
    await page.reload();
    expect(await root()).toBe(normal);
    expect(await pressed('Cỡ chữ mặc định')).toBe('true');
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
