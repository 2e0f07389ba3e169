/** One run of a word diff: text both sides share, or text only the newer / older side has. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// The LCS table costs (n+1)·(m+1) cells; above this a changed middle is shown as replaced
// wholesale rather than spending hundreds of megabytes on a huge rewrite.
const MAX_CELLS = 2_000_000;

/** Words with their trailing space, so the parts join back into the original text. */
function tokens(s: string): string[] {
  return s.trim().match(/\S+\s*/g) ?? [];
}

const word = (t: string) => t.trimEnd();

function push(out: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = out.at(-1);
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Longest common subsequence of the middle parts, walked back into insert/delete/equal runs. */
function lcs(a: string[], b: string[], out: DiffPart[]): void {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    for (const t of a) push(out, 'delete', t);
    for (const t of b) push(out, 'insert', t);
    return;
  }
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        word(a[i] as string) === word(b[j] as string)
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (word(a[i] as string) === word(b[j] as string)) {
      push(out, 'equal', b[j] as string);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) {
      push(out, 'delete', a[i++] as string);
    } else {
      push(out, 'insert', b[j++] as string);
    }
  }
  while (i < n) push(out, 'delete', a[i++] as string);
  while (j < m) push(out, 'insert', b[j++] as string);
}

/** Word-level diff from `before` to `after`; empty when both are empty. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Shared head and tail cost nothing: real edits are usually small islands in a long text.
  let head = 0;
  while (head < a.length && head < b.length && word(a[head] as string) === word(b[head] as string)) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    word(a[a.length - 1 - tail] as string) === word(b[b.length - 1 - tail] as string)
  ) {
    tail++;
  }
  const out: DiffPart[] = [];
  for (const t of b.slice(0, head)) push(out, 'equal', t);
  lcs(a.slice(head, a.length - tail), b.slice(head, b.length - tail), out);
  for (const t of b.slice(b.length - tail)) push(out, 'equal', t);
  return out;
}

/** Whether a diff changes anything. */
export const hasChanges = (parts: readonly DiffPart[]): boolean => parts.some((p) => p.op !== 'equal');
