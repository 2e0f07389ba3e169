import { describe, expect, it } from 'vitest';
import { excerpt, findMatches, highlightAll } from './highlight.ts';
import { parseQuery } from './search-query.ts';

const phrases = (q: string) => parseQuery(q).phrases;
const marked = (segments: { text: string; hit: boolean }[]) =>
  segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('highlightAll', () => {
  it('marks folded matches in the original spelling', () => {
    expect(marked(highlightAll('Hợp tác xã Đồng Tháp họp mặt', phrases('hop tac xa dong thap')))).toBe(
      // Folded matching finds "họp" too; ranking, not highlighting, puts "hợp" first.
      '[Hợp tác xã Đồng Tháp họp] mặt',
    );
  });

  it('marks a quoted phrase as one piece, and only where the words are adjacent', () => {
    const q = phrases('"hợp tác xã"');
    expect(marked(highlightAll('Hợp tác xã và tác động của xã hội', q))).toBe(
      '[Hợp tác xã] và tác động của xã hội',
    );
  });

  it('prefers the longest phrase at a position', () => {
    const q = phrases('xã "hợp tác xã"');
    expect(marked(highlightAll('hợp tác xã, xã viên', q))).toBe('[hợp tác xã], [xã] viên');
  });

  it('matches whole words only', () => {
    expect(marked(highlightAll('Hợp tác hoá, hợp đồng', phrases('hop')))).toBe('[Hợp] tác hoá, [hợp] đồng');
    expect(marked(highlightAll('Hòa Bình', phrases('hoa binh')))).toBe('[Hòa Bình]');
    expect(marked(highlightAll('phòng họp', phrases('ho')))).toBe('phòng họp');
  });

  it('keeps offsets right on decomposed (NFD) input', () => {
    const nfd = 'Liên minh Hợp tác xã tỉnh Hòa Bình'.normalize('NFD');
    const segments = highlightAll(nfd, phrases('hoa binh'));
    expect(marked(segments)).toBe('Liên minh Hợp tác xã tỉnh [Hòa Bình]'.normalize('NFC'));
    expect(segments.find((s) => s.hit)?.text).toBe('Hòa Bình'.normalize('NFC'));
  });

  it('treats old and new tone placement alike ("Hoà" and "Hòa")', () => {
    expect(marked(highlightAll('Thủy lợi Hoà Bình', phrases('Hòa Bình thuỷ')))).toBe('[Thủy] lợi [Hoà Bình]');
  });

  it('leaves text without matches as one plain segment, and handles empty input', () => {
    expect(highlightAll('Tin tức', phrases('xyz'))).toEqual([{ text: 'Tin tức', hit: false }]);
    expect(highlightAll('', phrases('xyz'))).toEqual([]);
  });

  it('does not treat markup in the text as anything but text', () => {
    expect(highlightAll('<script>alert(1)</script> hợp tác', phrases('hop'))).toEqual([
      { text: '<script>alert(1)</script> ', hit: false },
      { text: 'hợp', hit: true },
      { text: ' tác', hit: false },
    ]);
  });

  it('keeps one character per character for letters whose lower case is longer', () => {
    // "İ".toLowerCase() has two code units; the fold must not shift later offsets.
    expect(marked(highlightAll('İstanbul và hợp tác', phrases('hop')))).toBe('İstanbul và [hợp] tác');
  });
});

describe('findMatches', () => {
  it('reports non-overlapping spans left to right', () => {
    expect(findMatches('hop tac xa hop', [['hop'], ['hop', 'tac']])).toEqual([
      { start: 0, end: 7, phrase: 1 },
      { start: 11, end: 14, phrase: 0 },
    ]);
  });
});

describe('excerpt', () => {
  const long =
    'Mở đầu bài viết là phần giới thiệu chung về phong trào kinh tế tập thể trong tỉnh những năm qua. '.repeat(
      3,
    ) +
    'Đến nay toàn tỉnh có 120 hợp tác xã nông nghiệp hoạt động hiệu quả, tiêu thụ sản phẩm cho thành viên. ' +
    'Phần cuối nói về phương hướng nhiệm vụ trong thời gian tới của Liên minh. '.repeat(3);

  it('shows about 200 characters around the best match, with ellipses', () => {
    const segments = excerpt(long, phrases('"hop tac xa nong nghiep"'));
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(203);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['hợp tác xã nông nghiệp']);
  });

  it('cuts at word boundaries', () => {
    const text = excerpt(long, phrases('thanh vien'))
      .map((s) => s.text)
      .join('');
    const inner = text.replace(/^…/, '').replace(/…$/, '');
    expect(long.normalize('NFC')).toContain(inner);
    const at = long.indexOf(inner);
    expect(at === 0 || /\s/.test(long[at - 1] as string)).toBe(true);
    const after = long[at + inner.length];
    expect(after === undefined || /[\s,.;:]/.test(after)).toBe(true);
  });

  it('prefers a window that shows several different terms', () => {
    const text = `${'Liên minh tổ chức hội nghị. '.repeat(12)}Hợp tác xã Tân Tiến ở Đồng Tháp tiêu thụ xoài.`;
    const hits = excerpt(text, phrases('liên minh đồng tháp'))
      .filter((s) => s.hit)
      .map((s) => s.text);
    expect(hits).toContain('Đồng Tháp');
  });

  it('returns the start of the text when nothing matches, and short text whole', () => {
    const start = excerpt(long, phrases('xyz'));
    expect(start[0]?.text.startsWith('Mở đầu')).toBe(true);
    expect(excerpt('Ngắn gọn', phrases('gon'))).toEqual([
      { text: 'Ngắn ', hit: false },
      { text: 'gọn', hit: true },
    ]);
  });

  it('keeps highlight offsets right when the body arrives decomposed', () => {
    const nfd = long.normalize('NFD');
    const hits = excerpt(nfd, phrases('"nông nghiệp"'))
      .filter((s) => s.hit)
      .map((s) => s.text);
    expect(hits).toEqual(['nông nghiệp'.normalize('NFC')]);
  });
});
