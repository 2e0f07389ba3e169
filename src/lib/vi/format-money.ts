import { formatNumber } from './format-number.ts';

export type MoneyUnit = 'auto' | 'dong' | 'nghin' | 'trieu' | 'ty';

export interface FormatMoneyOptions {
  /** 'auto' (default): tỷ from 1 billion, triệu from 1 million, else plain đồng. */
  unit?: MoneyUnit;
  /** Maximum decimals in tỷ, triệu or nghìn (default 3, i.e. exact to the next unit down). */
  decimals?: number;
}

type FixedUnit = Exclude<MoneyUnit, 'auto'>;

const UNITS: Record<FixedUnit, { scale: number; label: string }> = {
  ty: { scale: 1_000_000_000, label: 'tỷ đồng' },
  trieu: { scale: 1_000_000, label: 'triệu đồng' },
  nghin: { scale: 1_000, label: 'nghìn đồng' },
  dong: { scale: 1, label: 'đồng' },
};

/** dong ÷ scale as an exact decimal string: binary division would misround "x,xxx5". */
function scaleExact(dong: number, scale: number): string {
  const abs = Math.abs(dong);
  const remainder = abs % scale;
  const whole = (abs - remainder) / scale;
  const fraction = scale === 1 ? '' : `.${String(remainder).padStart(String(scale).length - 1, '0')}`;
  return `${dong < 0 ? '-' : ''}${whole}${fraction}`;
}

/** The largest of tỷ and triệu in which the amount still shows as at least 1 once rounded. */
function autoUnit(dong: number, decimals: number): FixedUnit {
  const abs = Math.abs(dong);
  for (const unit of ['ty', 'trieu'] as const) {
    const { scale } = UNITS[unit];
    if (abs >= scale - scale / (2 * 10 ** decimals)) return unit;
  }
  return 'dong';
}

/**
 * Money is an integer number of đồng: 2_400_000_000 → "2,4 tỷ đồng", 950_000 → "950.000 đồng",
 * and with `{ unit: 'trieu' }` 1_342_000_000 → "1.342 triệu đồng".
 */
export function formatMoney(dong: number, { unit = 'auto', decimals = 3 }: FormatMoneyOptions = {}): string {
  if (!Number.isSafeInteger(dong)) {
    throw new RangeError(`formatMoney: money must be a safe integer number of đồng, got ${dong}`);
  }
  const chosen = unit === 'auto' ? autoUnit(dong, decimals) : unit;
  const { scale, label } = UNITS[chosen];
  return `${formatNumber(scaleExact(dong, scale), { decimals: chosen === 'dong' ? 0 : decimals })} ${label}`;
}
