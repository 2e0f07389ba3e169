import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeRichText } from './sanitize.ts';

describe('rich text sanitizing', () => {
  it('removes scripts, event handlers, styles and javascript: links', () => {
    const dirty =
      '<p style="color:red" class="MsoNormal" onclick="x()">Hợp tác xã<script>alert(1)</script></p>' +
      '<a href="javascript:alert(1)">x</a><img src="/media/a.webp" onerror="alert(1)" alt="Ảnh">' +
      '<iframe src="https://evil.example"></iframe><svg onload="alert(1)"></svg>';
    const clean = sanitizeRichText(dirty);
    expect(clean).toBe('<p>Hợp tác xã</p><a>x</a><img src="/media/a.webp" alt="Ảnh" />');
  });

  it('keeps headings, lists, tables, emphasis and links; external links get rel', () => {
    const html =
      '<h1>Tiêu đề</h1><h3>Mục</h3><ul><li><strong>Một</strong></li></ul><table><tr><td colspan="2">Ô</td></tr></table>' +
      '<a href="https://vca.org.vn">VCA</a><a href="/van-ban">Văn bản</a>';
    expect(sanitizeRichText(html)).toBe(
      '<h2>Tiêu đề</h2><h3>Mục</h3><ul><li><strong>Một</strong></li></ul><table><tr><td colspan="2">Ô</td></tr></table>' +
        '<a href="https://vca.org.vn" rel="noopener noreferrer">VCA</a><a href="/van-ban">Văn bản</a>',
    );
  });

  it('drops images that are not served by the site itself', () => {
    expect(
      sanitizeRichText('<img src="https://tracker.example/p.gif"><img src="data:image/png;base64,AA">'),
    ).toBe('');
  });

  it('turns rich text into plain text for search', () => {
    expect(
      htmlToText(
        '<h2>Hội nghị</h2><p>Tổng kết&nbsp;năm 2024 &amp; kế hoạch</p><ul><li>Một</li><li>Hai</li></ul>',
      ),
    ).toBe('Hội nghị Tổng kết năm 2024 & kế hoạch Một Hai');
  });
});
