/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations } from './browser.ts';
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

// From a contributor's draft to the reader: the newsroom's workflow end to end, in the browser.
const tag = uniqueTag();
const TITLE = `Hợp tác xã Đồng Tâm mở rộng vùng nguyên liệu ${tag}`;
const SUMMARY = 'Hợp tác xã liên kết thêm 120 hộ trồng lúa hữu cơ ở ba xã lân cận.';
const BODY_FIRST = 'Sau hai năm thử nghiệm, hợp tác xã quyết định nhân rộng mô hình sản xuất sạch.';
const BODY_SECOND = 'Các hộ tham gia được hỗ trợ giống, phân bón hữu cơ và bao tiêu đầu ra.';
const CATEGORY = `Tin từ các đơn vị ${tag}`;
const CONTRIBUTOR = `Lê Văn Cộng Tác ${tag}`;

let browser: Browser;
let admin: Page;
let contributor: Page;
let editor: Page;
let reader: Page;
let slug = '';

beforeAll(async () => {
  browser = await launchBrowser();
  [admin, contributor, editor, reader] = await Promise.all([
    newPerson(browser),
    newPerson(browser),
    newPerson(browser),
    newPerson(browser),
  ]);
  await firstSignIn(admin, await createAccountFromCli('quan_tri', `Quản trị tòa soạn ${tag}`));
  await createCategory(await consoleApi(admin), CATEGORY);
});
afterAll(async () => {
  await browser?.close();
});

describe('newsroom: a contributor writes, an editor publishes, readers find it', () => {
  it('the administrator creates the contributor’s account in the console', async () => {
    await admin.goto(`${baseUrl}/quan-tri/nguoi-dung`);
    await admin.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = admin.getByRole('dialog').filter({ hasText: 'Thêm người dùng' });
    const email = `cong-tac-vien-${tag}@example.vn`;
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Họ tên').fill(CONTRIBUTOR);
    await chooseOption(admin, 'Vai trò', 'Cộng tác viên');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const shown = admin.getByRole('dialog').filter({ hasText: 'Mật khẩu tạm thời' });
    const password = (await shown.locator('code').textContent()) ?? '';
    expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    await shown.getByRole('button', { name: 'Tôi đã lưu mật khẩu' }).click();
    await firstSignIn(contributor, { email, password });
  });

  it('the contributor writes the article in the editor and sends it for review', async () => {
    await contributor.goto(`${baseUrl}/quan-tri/tin-bai`);
    await contributor.getByRole('link', { name: 'Viết bài mới' }).click();
    await contributor.waitForURL(/\/quan-tri\/tin-bai\/moi$/);
    await contributor.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await contributor.getByLabel('Tóm tắt', { exact: true }).fill(SUMMARY);
    const body = contributor.getByRole('textbox', { name: 'Nội dung' });
    await body.click();
    await contributor.keyboard.type(BODY_FIRST);
    await contributor.keyboard.press('Enter');
    await contributor.keyboard.type(BODY_SECOND);
    await expect.poll(() => body.locator('p').allTextContents()).toEqual([BODY_FIRST, BODY_SECOND]);
    await chooseOption(contributor, 'Chuyên mục', CATEGORY);
    // The address follows the title, folded to ASCII.
    slug = await contributor.getByLabel('Đường dẫn', { exact: true }).inputValue();
    expect(slug).toBe(`hop-tac-xa-dong-tam-mo-rong-vung-nguyen-lieu-${tag}`);
    // Contributors cannot publish: their one way forward is the review queue.
    await expect(contributor.getByRole('button', { name: 'Đăng', exact: true }).count()).resolves.toBe(0);

    await contributor.getByRole('button', { name: 'Gửi duyệt' }).click();
    await contributor.getByText('Đã gửi bài cho biên tập viên duyệt.').waitFor();
    await contributor.waitForURL(/\/quan-tri\/tin-bai\/moi\?id=[0-9a-f-]{36}$/);
    await contributor.getByText('Bài đang chờ biên tập viên duyệt').waitFor();
    await contributor.getByText('Chờ duyệt', { exact: true }).waitFor();

    // Waiting for review is not published.
    const res = await reader.goto(`${baseUrl}/tin-tuc/${slug}`);
    expect(res?.status()).toBe(404);
  });

  it('the editor finds it among the articles waiting for review and publishes it', async () => {
    await firstSignIn(editor, await createAccountFromCli('bien_tap', `Trần Biên Tập ${tag}`));
    await editor.goto(`${baseUrl}/quan-tri/tin-bai?status=submitted`);
    const row = editor.getByRole('row').filter({ hasText: TITLE });
    await row.getByText(CONTRIBUTOR).waitFor();
    await row.getByText('Chờ duyệt', { exact: true }).waitFor();
    await row.getByRole('link', { name: TITLE, exact: true }).click();
    await editor.waitForURL(/\/quan-tri\/tin-bai\/[0-9a-f-]{36}$/);
    await expect(editor.getByLabel('Tiêu đề', { exact: true }).inputValue()).resolves.toBe(TITLE);
    await editor.getByRole('textbox', { name: 'Nội dung' }).getByText(BODY_SECOND).waitFor();

    await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
    const confirm = editor
      .getByRole('dialog')
      .filter({ hasText: 'Bài sẽ hiển thị ngay trên trang tin tức.' });
    await confirm.getByRole('button', { name: 'Đăng bài' }).click();
    await editor.getByText('Đã đăng bài.').waitFor();
    await editor.getByText('Đã đăng', { exact: true }).waitFor();
    const live = editor.getByRole('link', { name: 'Xem trên trang' });
    expect(await live.getAttribute('href')).toMatch(new RegExp(`/tin-tuc/${slug}$`));
  });

  it('a reader sees it on the home page and reads it', async () => {
    await reader.goto(`${baseUrl}/`);
    const link = reader.getByRole('link', { name: TITLE, exact: true }).first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/tin-tuc/${slug}`);
    await link.click();
    await reader.waitForURL(`${baseUrl}/tin-tuc/${slug}`);
    await expect(reader.locator('h1').textContent()).resolves.toBe(TITLE);
    await reader.getByText(SUMMARY).waitFor();
    await reader.getByText(BODY_FIRST).waitFor();
    await reader.getByText(BODY_SECOND).waitFor();
    expect(await seriousA11yViolations(reader)).toEqual([]);
  });

  it('a reader finds it by searching without diacritics', async () => {
    const result = reader.getByRole('link', { name: TITLE, exact: true });
    // The search index follows the publication right after it is committed.
    await expect
      .poll(
        async () => {
          await reader.goto(`${baseUrl}/tim-kiem?q=${encodeURIComponent('dong tam vung nguyen lieu')}`);
          return result.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    expect(await result.getAttribute('href')).toBe(`/tin-tuc/${slug}`);
    expect(await seriousA11yViolations(reader)).toEqual([]);
  });

  it('the site’s RSS feed lists it', async () => {
    await reader.goto(`${baseUrl}/`);
    const items = await reader.evaluate(async () => {
      const res = await fetch('/rss.xml');
      const xml = new DOMParser().parseFromString(await res.text(), 'application/xml');
      if (xml.querySelector('parsererror')) throw new Error('rss.xml is not well-formed XML');
      return {
        type: res.headers.get('content-type'),
        root: xml.documentElement.nodeName,
        items: Array.from(xml.querySelectorAll('channel > item')).map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
        })),
      };
    });
    expect(items.type).toMatch(/xml/);
    expect(items.root).toBe('rss');
    const ours = items.items.find((item) => item.title === TITLE);
    expect(ours?.link).toMatch(new RegExp(`/tin-tuc/${slug}$`));
  });
});
