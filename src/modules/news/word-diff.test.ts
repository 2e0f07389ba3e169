import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff } from './word-diff.ts';

const render = (parts: ReturnType<typeof wordDiff>) =>
  parts
    .map((p) => (p.op === 'equal' ? p.text : p.op === 'insert' ? `[+${p.text}]` : `[-${p.text}]`))
    .join('');

describe('wordDiff', () => {
  it('marks inserted, deleted and kept words', () => {
    const parts = wordDiff(
      'Hợp tác xã Đồng Tâm mở rộng sản xuất',
      'Hợp tác xã Đồng Tâm mở rộng mạnh sản xuất lúa',
    );
    expect(render(parts)).toBe('Hợp tác xã Đồng Tâm mở rộng [+mạnh ]sản xuất [+lúa]');
    expect(hasChanges(parts)).toBe(true);
  });

  it('shows a replaced word as delete then insert', () => {
    expect(wordDiff('năm 2023 tăng', 'năm 2024 tăng')).toEqual([
      { op: 'equal', text: 'năm ' },
      { op: 'delete', text: '2023 ' },
      { op: 'insert', text: '2024 ' },
      { op: 'equal', text: 'tăng' },
    ]);
  });

  it('joins back into either side', () => {
    const before = 'một hai ba bốn năm sáu bảy';
    const after = 'hai ba mười bốn sáu bảy tám';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join('')
        .trim(),
    ).toBe(after);
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text.trim())
        .join(' '),
    ).toBe(before);
  });

  it('handles empty and identical texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'mới')).toEqual([{ op: 'insert', text: 'mới' }]);
    expect(hasChanges(wordDiff('giữ nguyên', 'giữ nguyên'))).toBe(false);
  });

  it('stays bounded on a complete rewrite of a long text', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const parts = wordDiff(a, b);
    expect(parts.map((p) => p.op)).toEqual(['delete', 'insert']);
  });
});
