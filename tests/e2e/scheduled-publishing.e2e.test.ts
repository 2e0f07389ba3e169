/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  baseUrl,
  chooseOption,
  consoleApi,
  createAccountFromCli,
  createCategory,
  firstSignIn,
  newPerson,
  uniqueTag,
} from './people.ts';

// An article scheduled in the console goes live by itself at its time, on the real server's clock.
const tag = uniqueTag();
const TITLE = `Liên minh khai trương điểm giới thiệu nông sản an toàn ${tag}`;
const CATEGORY = `Điểm tin ${tag}`;
const BODY = 'Điểm giới thiệu trưng bày hơn 200 sản phẩm OCOP của các hợp tác xã trong tỉnh.';
/** Time left for the steps between picking the time and checking the article is still hidden. */
const MARGIN_MS = 30_000;
/** The scheduler's tick (SCHEDULE_TICK_MS, 30 s) plus room for a loaded machine. */
const TICK_BOUND_MS = 75_000;
const SEARCH = `/tim-kiem?q=${encodeURIComponent('khai truong diem gioi thieu nong san')}`;

let browser: Browser;
let editor: Page;
let reader: Page;
let slug = '';
let goesLiveAt = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  [editor, reader] = await Promise.all([newPerson(browser), newPerson(browser)]);
  await firstSignIn(editor, await createAccountFromCli('bien_tap', `Vũ Biên Tập ${tag}`));
  await createCategory(await consoleApi(editor), CATEGORY);
});
afterAll(async () => {
  await browser?.close();
});

/** "19/01/2024 10:40" in Vietnam's time, as the console's date-time picker takes it. */
function pickerText(at: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** HTTP status of a public page, as an anonymous reader gets it. */
async function statusOf(path: string): Promise<number | undefined> {
  return (await reader.goto(`${baseUrl}${path}`))?.status();
}

async function listed(path: string): Promise<number> {
  await reader.goto(`${baseUrl}${path}`);
  return reader.getByRole('link', { name: TITLE, exact: true }).count();
}

describe('scheduled publishing', () => {
  it('an editor schedules an article in the console for the nearest minute the picker offers', async () => {
    await editor.goto(`${baseUrl}/quan-tri/tin-bai/moi`);
    await editor.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await editor
      .getByLabel('Tóm tắt', { exact: true })
      .fill('Khai trương vào sáng thứ Hai tại trụ sở Liên minh.');
    await editor.getByRole('textbox', { name: 'Nội dung' }).click();
    await editor.keyboard.type(BODY);
    await chooseOption(editor, 'Chuyên mục', CATEGORY);
    await editor.getByRole('button', { name: 'Lưu nháp' }).click();
    await editor.getByText('Đã lưu bài viết.').waitFor();
    slug = await editor.getByLabel('Đường dẫn', { exact: true }).inputValue();
    expect(slug).toBe(`lien-minh-khai-truong-diem-gioi-thieu-nong-san-an-toan-${tag}`);

    // The picker has minutes: the first whole minute that leaves the margin.
    goesLiveAt = Math.ceil((Date.now() + MARGIN_MS) / 60_000) * 60_000;
    const picker = editor.getByLabel('Thời điểm đăng');
    await picker.click();
    await picker.fill(pickerText(goesLiveAt));
    await editor.getByRole('button', { name: 'OK', exact: true }).click();
    await editor.getByText('Thời điểm trong tương lai: bài sẽ tự động đăng vào lúc đó (hẹn giờ).').waitFor();

    await editor.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click();
    const confirm = editor.getByRole('dialog', { name: 'Hẹn giờ đăng bài' });
    await confirm.getByText(`Bài sẽ tự động hiển thị trên trang lúc ${pickerText(goesLiveAt)}.`).waitFor();
    await confirm.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    await editor.getByText(`Đã hẹn giờ: bài sẽ tự động đăng lúc ${pickerText(goesLiveAt)}.`).waitFor();
    await editor.getByText('Hẹn giờ', { exact: true }).waitFor();
    expect(Date.now()).toBeLessThan(goesLiveAt);
  });

  it('before its time the article is not public', async () => {
    expect(await statusOf(`/tin-tuc/${slug}`)).toBe(404);
    expect(await listed('/tin-tuc')).toBe(0);
    expect(await listed('/')).toBe(0);
    expect(await listed(SEARCH)).toBe(0);
    // Still ahead of its time: otherwise the checks above proved nothing.
    expect(Date.now()).toBeLessThan(goesLiveAt);
    // The newsroom lists it as scheduled.
    await editor.goto(`${baseUrl}/quan-tri/tin-bai?status=scheduled`);
    await editor.getByRole('row').filter({ hasText: TITLE }).getByText('Hẹn giờ', { exact: true }).waitFor();
  });

  it('at its time it goes live: its page at once, the lists and search once the scheduler has run', {
    timeout: 240_000,
  }, async () => {
    // Reads filter on the publication time: the page answers as soon as the time has passed.
    await expect
      .poll(() => statusOf(`/tin-tuc/${slug}`), {
        timeout: goesLiveAt - Date.now() + 30_000,
        interval: 2_000,
      })
      .toBe(200);
    expect(Date.now()).toBeGreaterThanOrEqual(goesLiveAt);
    await expect(reader.locator('h1').textContent()).resolves.toBe(TITLE);
    await reader.getByText(BODY).waitFor();

    // Cached lists and the search index follow at the scheduler's next pass.
    const bound = { timeout: TICK_BOUND_MS, interval: 2_000 };
    await expect.poll(() => listed('/tin-tuc'), bound).toBe(1);
    await expect.poll(() => listed('/'), bound).toBeGreaterThan(0);
    await expect.poll(() => listed(SEARCH), bound).toBe(1);

    await editor.reload();
    await editor.getByRole('row').filter({ hasText: TITLE }).waitFor({ state: 'detached' });
    await editor.goto(`${baseUrl}/quan-tri/tin-bai?status=published`);
    await editor.getByRole('row').filter({ hasText: TITLE }).getByText('Đã đăng', { exact: true }).waitFor();
  });
});
