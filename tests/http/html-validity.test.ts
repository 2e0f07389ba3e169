// The public pages validate with the Nu HTML Checker (vnu-jar, the W3C validator's engine): every
// page kind rendered from demo-like content, all checked in ONE Java run (the JVM start is most
// of the cost), plus the site stylesheet with vnu's CSS checker.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetUrl, siteAssets } from '../../src/site/assets.ts';
import { BROWSER_ACCEPT, BROWSER_UA, createDemoSite, type DemoSite } from './public-site.fixture.ts';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
// Seeding draws and encodes the demo pictures, then Java starts: generous on a busy machine.
const SLOW = 180_000;

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  lastColumn?: number;
}

/** Runs vnu once over the files; it prints its JSON report on stderr. */
function runVnu(files: readonly string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const java = spawn(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--also-check-css', ...files],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    java.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    java.on('error', reject);
    java.on('close', () => {
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu did not answer JSON: ${stderr.slice(0, 2000)}`));
      }
    });
  });
}

function describeMessage(m: VnuMessage, names: Map<string, string>): string {
  const file = m.url ? (names.get(m.url.replace(/^file:/, '')) ?? m.url) : '?';
  return `${file}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}\n    ${m.extract ?? ''}`;
}

describe('public pages validate with the Nu HTML Checker', () => {
  let site: DemoSite;
  let dir: string;
  /** file path → the page it holds */
  const names = new Map<string, string>();

  beforeAll(async () => {
    site = await createDemoSite();
    dir = mkdtempSync(join(tmpdir(), 'hoptac-vnu-'));
  }, SLOW);
  afterAll(async () => {
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function page(
    name: string,
    url: string,
    status = 200,
    method: 'GET' | 'POST' = 'GET',
    payload?: string,
  ) {
    const res = await site.t.app.inject({
      method,
      url,
      headers: {
        'user-agent': BROWSER_UA,
        accept: BROWSER_ACCEPT,
        ...(payload ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${name} ${url}`).toBe(status);
    expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
    const file = join(dir, `${name}.html`);
    writeFileSync(file, res.body);
    names.set(file, `${name} (${method} ${url})`);
    return res.body;
  }

  it(
    'renders every kind of public page without a single error',
    async () => {
      const { paths } = site;
      await page('home', '/');
      await page('news-index', '/tin-tuc');
      await page('category', paths.category);
      const article = await page('article', paths.article);
      // The fixture's article has what makes validity interesting.
      for (const part of ['<figcaption', '<table', 'feedback-reply', 'application/ld+json', 'srcset=']) {
        expect(article, part).toContain(part);
      }
      await page('article-print', `${paths.article}?in=1`);
      const search = await page('search', '/tim-kiem?q=hop+tac+xa');
      expect(search).toContain('<mark>');
      expect(search).toContain('class="pagination"');
      await page('search-page-2', '/tim-kiem?q=hop+tac+xa&trang=2');
      await page(
        'search-filters',
        '/tim-kiem?q=hop+tac+xa&loai=tin-tuc&tu-ngay=01/01/2020&den-ngay=99/99/2026',
      );
      await page('search-none', '/tim-kiem?q=hopp+tacc+xaa+zzqqy');
      await page('search-empty', '/tim-kiem');
      await page('search-short', '/tim-kiem?q=a');
      await page('documents', '/van-ban');
      await page('documents-filtered', '/van-ban?loai=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh&q=quy+ch%E1%BA%BF');
      const doc = await page('document', paths.document);
      expect(doc).toContain('quy-che-hoat-dong.pdf');
      await page('page-index', '/gioi-thieu');
      await page('static-page', paths.page);
      await page('contact', '/lien-he');
      await page('feedback', '/phan-hoi');
      await page(
        'feedback-errors',
        '/phan-hoi',
        400,
        'POST',
        'name=&email=khong-hop-le&message=%3Cb%3Ehi%3C%2Fb%3E',
      );
      await page('feedback-sent', '/phan-hoi/da-gui');
      await page('not-found', '/khong-co-trang-nay', 404);
      await page('article-not-found', '/tin-tuc/khong-co-bai-nay', 404);

      const css = join(dir, 'site.css');
      const stylesheet = siteAssets().find((a) => a.url === assetUrl('site.css'));
      writeFileSync(css, stylesheet?.body ?? '');
      names.set(css, 'site.css');

      const messages = await runVnu([...names.keys()]);
      const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
      expect(errors.map((m) => describeMessage(m, names)).join('\n')).toBe('');
    },
    SLOW,
  );
});
