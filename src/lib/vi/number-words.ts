const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000n;

const digitWord = (d: number): string => DIGITS[d] ?? '';

/** Tens and units: "mười lăm", "hai mươi mốt", "linh năm" (after a hundred), "" for 00. */
function readTensAndUnits(tens: number, units: number, afterHundreds: boolean): string[] {
  if (tens === 0) {
    if (units === 0) return [];
    return afterHundreds ? ['linh', digitWord(units)] : [digitWord(units)];
  }
  const tensWords = tens === 1 ? ['mười'] : [digitWord(tens), 'mươi'];
  if (units === 0) return tensWords;
  if (units === 5) return [...tensWords, 'lăm'];
  if (units === 1 && tens > 1) return [...tensWords, 'mốt'];
  return [...tensWords, digitWord(units)];
}

/** One group of three digits; `full` reads a leading "không trăm" as inside "một triệu không trăm linh năm". */
function readGroup(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const hundredWords = hundreds > 0 || full ? [digitWord(hundreds), 'trăm'] : [];
  return [...hundredWords, ...readTensAndUnits(tens, units, hundredWords.length > 0)];
}

/** 1 ≤ n < 1 000 000 000, as triệu / nghìn / units groups. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups: Array<[number, string]> = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1_000) % 1_000, 'nghìn'],
    [n % 1_000, ''],
  ];
  const words: string[] = [];
  for (const [group, scale] of groups) {
    if (group === 0) continue;
    words.push(...readGroup(group, full || words.length > 0));
    if (scale) words.push(scale);
  }
  return words;
}

/** Chunks of nine digits, each followed by one "tỷ" per power of a billion: 10^18 is "một tỷ tỷ". */
function readPositive(n: bigint): string[] {
  const chunks: number[] = [];
  for (let rest = n; rest > 0n; rest /= BILLION) chunks.unshift(Number(rest % BILLION));
  const words: string[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk === 0) return;
    words.push(...readBelowBillion(chunk, words.length > 0));
    words.push(...Array<string>(chunks.length - 1 - i).fill('tỷ'));
  });
  return words;
}

/**
 * An integer in Vietnamese words: 2_400_000_000 → "hai tỷ bốn trăm triệu", 105 → "một trăm linh
 * năm", 21 → "hai mươi mốt", -3 → "âm ba". Takes any safe integer, or a bigint of any size.
 */
export function readNumber(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) {
    throw new RangeError(`readNumber: expected a safe integer, got ${n}`);
  }
  const value = BigInt(n);
  if (value === 0n) return DIGITS[0];
  const words = readPositive(value < 0n ? -value : value).join(' ');
  return value < 0n ? `âm ${words}` : words;
}

export interface ReadMoneyOptions {
  /** Capital first letter, as on the "Bằng chữ" line of official documents. Default true. */
  capitalize?: boolean;
}

/** An amount of đồng in words: 2_400_000_000 → "Hai tỷ bốn trăm triệu đồng". */
export function readMoney(dong: number | bigint, { capitalize = true }: ReadMoneyOptions = {}): string {
  const text = `${readNumber(dong)} đồng`;
  return capitalize ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
