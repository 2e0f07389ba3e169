import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  nextAddress,
  type StaffClient,
  type TestApp,
} from '../../../tests/helpers/test-app.ts';
import type { FeedbackPage } from './feedback.dto.ts';

const ARTICLE = '00000000-0000-4000-8000-00000000a71c';
const FORM_TYPE = 'application/x-www-form-urlencoded';

type Fields = Record<string, string>;

const GOOD: Fields = {
  name: 'Nguyễn Văn Bình',
  email: 'Binh.Nguyen@Example.vn',
  phone: '0912 345 678',
  message: 'Đề nghị Liên minh hướng dẫn thủ tục thành lập hợp tác xã dịch vụ nông nghiệp.',
};

describe('feedback form (public)', () => {
  let t: TestApp;
  let editor: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    editor = await t.signIn((await t.addUser('bien_tap')).email);
  });
  afterAll(() => t.close());

  /** What feedback.js does in the browser, with altcha-lib's own solver. */
  async function solvedAltcha(ip: string): Promise<string> {
    const res = await t.app.inject({ method: 'GET', url: '/phan-hoi/thu-thach', remoteAddress: ip });
    expect(res.statusCode).toBe(200);
    const challenge = res.json();
    const solution = await solveChallenge({ challenge, deriveKey });
    if (!solution) throw new Error('challenge not solved');
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  }

  function post(fields: Fields, ip: string) {
    return t.app.inject({
      method: 'POST',
      url: '/phan-hoi',
      remoteAddress: ip,
      headers: { 'content-type': FORM_TYPE },
      payload: new URLSearchParams(fields).toString(),
    });
  }

  async function queue(status = 'pending'): Promise<FeedbackPage['items']> {
    const res = await editor.inject({ method: 'GET', url: `/api/v1/feedback?status=${status}&pageSize=200` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as FeedbackPage).items;
  }

  it('shows the standalone form, which needs JavaScript only for the anti-spam step', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/phan-hoi' });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<h1 class="page-title" id="tieu-de-trang">Phản hồi</h1>');
    expect(html).toContain('Thông tin người gửi phản hồi');
    expect(html).toMatch(/<form class="feedback-form" action="\/phan-hoi" method="post"/);
    for (const [id, label] of [
      ['phan-hoi-name', 'Họ và tên'],
      ['phan-hoi-email', 'Email'],
      ['phan-hoi-phone', 'Số điện thoại'],
      ['phan-hoi-message', 'Nội dung phản hồi'],
    ]) {
      expect(html).toMatch(new RegExp(`<label class="form-label" for="${id}"><span>${label}</span>`));
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toMatch(
      /<input class="form-input" id="phan-hoi-email" name="email" type="email" autocomplete="email"/,
    );
    expect(html).toContain('<input type="hidden" name="altcha" value=""/>');
    expect(html).toMatch(
      /<div class="form-trap" aria-hidden="true">[\s\S]*name="website"[\s\S]*tabindex="-1"/,
    );
    expect(html).toMatch(/<noscript><p class="form-note form-note--warning">[^<]*JavaScript/);
    expect(html).toMatch(/<script src="\/assets\/feedback\.[0-9a-f]{10}\.js" defer><\/script>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect((await t.app.inject({ method: 'GET', url: '/phan-hoi' })).headers['x-cache']).toBe('hit');
  });

  it('hands out fresh signed challenges that no cache may keep', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/phan-hoi/thu-thach' });
    expect(res.headers['cache-control']).toBe('no-store');
    const c = res.json() as { parameters: Record<string, unknown>; signature: string };
    expect(c.parameters).toMatchObject({ algorithm: 'SHA-256', cost: 1, keyLength: 32 });
    expect(c.signature).toMatch(/^[0-9a-f]{64}$/);
    const other = (await t.app.inject({ method: 'GET', url: '/phan-hoi/thu-thach' })).json() as typeof c;
    expect(other.parameters.nonce).not.toBe(c.parameters.nonce);
  });

  it('stores a solved, valid message as pending and redirects to the thank-you page', async () => {
    const ip = nextAddress();
    const res = await post({ ...GOOD, altcha: await solvedAltcha(ip) }, ip);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/phan-hoi/da-gui');
    const sent = await t.app.inject({ method: 'GET', url: '/phan-hoi/da-gui' });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Đã gửi phản hồi, đang chờ duyệt');
    expect(sent.body).toContain('<meta name="robots" content="noindex"/>');
    const mine = (await queue()).find((f) => f.message === GOOD.message);
    expect(mine).toMatchObject({
      name: 'Nguyễn Văn Bình',
      email: 'binh.nguyen@example.vn',
      phone: '0912345678',
      status: 'pending',
      articleId: null,
    });
    expect(mine?.senderKey).toMatch(/^[0-9a-f]{10}$/);
  });

  it('re-renders the form with a Vietnamese message by each field, keeping what was typed', async () => {
    const ip = nextAddress();
    const typed = {
      name: '   ',
      email: 'khong-phai-email',
      phone: '12345',
      message: 'Ngắn <script>alert(1)</script>'.slice(0, 9),
      website: '',
    };
    const res = await post(typed, ip);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    const field = (name: string) =>
      new RegExp(`<input[^>]*id="phan-hoi-${name}"[^>]*>`).exec(html)?.[0] ?? '';
    expect(field('name')).toContain('aria-invalid="true"');
    expect(field('name')).toContain('aria-describedby="phan-hoi-name-loi"');
    expect(html).toContain('<p class="form-error" id="phan-hoi-name-loi">Vui lòng nhập họ và tên</p>');
    expect(field('email')).toContain('value="khong-phai-email"');
    expect(html).toContain(
      '<p class="form-error" id="phan-hoi-email-loi">Email không hợp lệ, ví dụ: ten@example.vn</p>',
    );
    expect(field('phone')).toContain('value="12345"');
    expect(field('phone')).toContain('aria-describedby="phan-hoi-phone-goi-y phan-hoi-phone-loi"');
    expect(html).toContain('Số điện thoại không hợp lệ');
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"[^>]*>Ngắn &lt;scr<\/textarea>/);
    expect(html).toContain('Nội dung cần ít nhất 10 ký tự');
    expect(html).toMatch(/<div class="form-summary" role="alert"/);
    expect(html).toContain('<a href="#phan-hoi-email">Email: Email không hợp lệ, ví dụ: ten@example.vn</a>');
  });

  it('keeps markup typed into any field as text', async () => {
    const ip = nextAddress();
    const res = await post(
      { name: '<img src=x onerror=alert(1)>', email: '"><script>alert(2)</script>', message: 'x' },
      ip,
    );
    expect(res.statusCode).toBe(400);
    const outsideAttributes = res.body.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<img src=x');
    expect(outsideAttributes).not.toContain('<script>alert(2)');
    // In a quoted attribute only the quote can break out, and it is escaped.
    expect(res.body).toContain(
      'name="name" type="text" autocomplete="name" maxlength="120" value="<img src=x onerror=alert(1)>"',
    );
    expect(res.body).toContain('value="&#34;><script>alert(2)</script>"');
  });

  it('refuses a post without the anti-spam solution, keeping the values, and says why', async () => {
    const ip = nextAddress();
    const res = await post(GOOD, ip);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Chưa hoàn tất bước xác minh chống thư rác');
    expect(res.body).toContain(`value="${GOOD.name}"`);
    expect(res.body).toContain(`>${GOOD.message}</textarea>`);
  });

  it('accepts a solution once, refuses expired and forged ones', async () => {
    const ip = nextAddress();
    const altcha = await solvedAltcha(ip);
    expect((await post({ ...GOOD, message: `${GOOD.message} (1)`, altcha }, ip)).statusCode).toBe(303);
    const replay = await post({ ...GOOD, message: `${GOOD.message} (2)`, altcha }, ip);
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('đã được gửi trước đó');

    const late = await solvedAltcha(ip);
    t.clock.advance(21 * 60_000);
    const expired = await post({ ...GOOD, altcha: late }, ip);
    expect(expired.body).toContain('đã hết hạn');

    const ip2 = nextAddress();
    const payload = JSON.parse(Buffer.from(await solvedAltcha(ip2), 'base64').toString()) as {
      challenge: { parameters: { data: { exp: number } } };
    };
    payload.challenge.parameters.data.exp += 3_600; // a longer life, without the server's signature
    const forged = await post(
      { ...GOOD, altcha: Buffer.from(JSON.stringify(payload)).toString('base64') },
      ip2,
    );
    expect(forged.body).toContain('không hợp lệ');
    const junk = await post({ ...GOOD, altcha: 'bm90IGpzb24=' }, ip2);
    expect(junk.statusCode).toBe(400);
    expect((await queue()).filter((f) => f.message.startsWith(GOOD.message ?? ''))).toHaveLength(2);
  });

  it('answers robots that fill the hidden field as if all went well, and stores nothing', async () => {
    const ip = nextAddress();
    const before = (await queue()).length;
    const res = await post({ ...GOOD, website: 'http://spam.example', altcha: 'x' }, ip);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/phan-hoi/da-gui');
    expect((await queue()).length).toBe(before);
    expect((await queue('spam')).length).toBe(0);
  });

  it('files messages from a blocked sender as spam behind the usual answer', async () => {
    const ip = nextAddress();
    await post(
      {
        ...GOOD,
        email: 'rac@example.vn',
        message: 'Quảng cáo lần một, mời mua hàng giá rẻ.',
        altcha: await solvedAltcha(ip),
      },
      ip,
    );
    const first = (await queue()).find((f) => f.email === 'rac@example.vn');
    if (!first) throw new Error('not stored');
    const blocked = await editor.inject({
      method: 'POST',
      url: `/api/v1/feedback/${first.id}/block`,
      payload: {},
    });
    expect(blocked.statusCode, blocked.body).toBe(200);
    // Same e-mail (another case) from another address: still recognised.
    const ip2 = nextAddress();
    const again = await post(
      {
        ...GOOD,
        email: 'RAC@example.vn',
        message: 'Quảng cáo lần hai, mời mua hàng giá rẻ.',
        altcha: await solvedAltcha(ip2),
      },
      ip2,
    );
    expect(again.statusCode).toBe(303);
    expect((await queue()).some((f) => f.email === 'rac@example.vn')).toBe(false);
    expect((await queue('spam')).filter((f) => f.email === 'rac@example.vn')).toHaveLength(2);
  });

  it('carries the article and a safe way back', async () => {
    const ip = nextAddress();
    const res = await post(
      { ...GOOD, articleId: ARTICLE, returnTo: '/tin-tuc/bai-viet-mau', altcha: await solvedAltcha(ip) },
      ip,
    );
    expect(res.headers.location).toBe('/phan-hoi/da-gui?quay-lai=%2Ftin-tuc%2Fbai-viet-mau');
    const sent = await t.app.inject({ method: 'GET', url: String(res.headers.location) });
    expect(sent.body).toContain(
      '<a class="button-link" href="/tin-tuc/bai-viet-mau">Quay lại trang trước</a>',
    );
    expect((await queue()).some((f) => f.articleId === ARTICLE)).toBe(true);
    for (const evil of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const page = await t.app.inject({
        method: 'GET',
        url: `/phan-hoi/da-gui?quay-lai=${encodeURIComponent(evil)}`,
      });
      expect(page.body, evil).toContain('<a class="button-link" href="/">Về trang chủ</a>');
    }
    const bad = await post({ ...GOOD, articleId: 'khong-phai-uuid' }, nextAddress());
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bài viết không hợp lệ');
  });

  it('limits a flood from one address with a Vietnamese page', async () => {
    const ip = nextAddress();
    for (let i = 0; i < 5; i++) expect((await post({ ...GOOD, name: '' }, ip)).statusCode).toBe(400);
    const res = await post(GOOD, ip);
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body).toContain('Bạn đã gửi quá nhiều phản hồi');
    expect(res.body).toMatch(/thử lại sau khoảng \d+ phút/);
    // Other readers are not affected.
    expect((await post({ ...GOOD, name: '' }, nextAddress())).statusCode).toBe(400);
  });
});
