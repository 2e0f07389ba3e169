export interface FormatNumberOptions {
  /** Maximum digits after the decimal comma; trailing zeros are dropped. Default 2. */
  decimals?: number;
}

const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
      throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
    }
    // signDisplay 'negative': a value that rounds to zero prints "0", never "-0".
    formatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: decimals, signDisplay: 'negative' });
    formatters.set(decimals, formatter);
  }
  return formatter;
}

/**
 * Vietnamese number: thousands dot, decimal comma ("1.342", "1.342,5", "-2,4"). Also takes an
 * exact decimal string ("2400.5") so callers holding exact values avoid binary rounding.
 */
export function formatNumber(n: number | string, { decimals = 2 }: FormatNumberOptions = {}): string {
  const isValid = typeof n === 'number' ? Number.isFinite(n) : /^-?\d+(\.\d+)?$/.test(n);
  if (!isValid) throw new RangeError(`formatNumber: not a finite number: ${String(n)}`);
  // Intl reads a numeric string as an exact decimal, with no binary rounding on the way.
  return formatterFor(decimals).format(n as number | `${number}`);
}

/** A ratio as a percentage: 1.78 → "178%", 0.5 → "50%", 1.785 → "178,5%". */
export function formatPercent(ratio: number, { decimals = 1 }: FormatNumberOptions = {}): string {
  if (!Number.isFinite(ratio)) throw new RangeError(`formatPercent: not a finite number: ${ratio}`);
  // Multiplying by 100 in binary turns 0.0185 into 1.8499999…; shifting the decimal text is exact.
  return `${formatNumber(shiftDecimal(ratio, 2), { decimals })}%`;
}

/** The decimal text of n × 10^places, exact (no binary multiplication). */
function shiftDecimal(n: number, places: number): string {
  const [mantissa = '0', exponent = '0'] = n.toExponential().split('e');
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/[-.]/g, '');
  const pointAt = 1 + Number(exponent) + places;
  const padded = pointAt <= 0 ? '0'.repeat(1 - pointAt) + digits : digits.padEnd(pointAt, '0');
  const intLength = Math.max(pointAt, 1);
  const int = padded.slice(0, intLength);
  const frac = padded.slice(intLength);
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

const NUMBER_TEXT = /^([-+\u2212]?) ?(\d(?:[\d., ]*\d)?)$/u;
const SPACE_GROUPED = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/;
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** Integer and fraction digits of an unsigned number text, or null when malformed. */
function splitDigits(body: string): [int: string, frac: string] | null {
  const spaced = SPACE_GROUPED.exec(body);
  if (spaced) return [spaced[1]?.replaceAll(' ', '') ?? '', spaced[2] ?? ''];
  if (body.includes(' ')) return null;

  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return [body, ''];
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    if (count(body, decimal) !== 1) return null;
    const [head = '', tail = ''] = body.split(decimal);
    const grouped = decimal === '.' ? COMMA_GROUPED : DOT_GROUPED;
    return grouped.test(head) ? [head.replace(/[.,]/g, ''), tail] : null;
  }
  // Vietnamese first: "1.342" is a thousand and more, "1,342" is one and a bit.
  if (DOT_GROUPED.test(body)) return [body.replaceAll('.', ''), ''];
  if (COMMA_GROUPED.test(body) && commas > 1) return [body.replaceAll(',', ''), ''];
  if (dots + commas > 1) return null;
  const [int = '', frac = ''] = body.split(/[.,]/);
  return [int, frac];
}

/**
 * Reads a number written the Vietnamese way ("1.342" → 1342, "2,4" → 2.4, "1.342,5" → 1342.5), or
 * the English way when that is unambiguous ("1,342.5", "2.45", "1,342,000"), or space-grouped
 * ("1 342 000"). A lone comma is always decimal ("1,342" → 1.342). Returns null for anything else.
 */
export function parseViNumber(text: string): number | null {
  const match = NUMBER_TEXT.exec(text.replace(/\s+/gu, ' ').trim());
  const digits = match?.[2] ? splitDigits(match[2]) : null;
  if (!match || !digits) return null;
  const [int, frac] = digits;
  const value = Number(frac ? `${int}.${frac}` : int);
  const negative = (match[1] === '-' || match[1] === '\u2212') && value !== 0;
  return negative ? -value : value;
}
