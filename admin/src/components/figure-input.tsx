import { InputNumber } from 'antd';
import type { IndicatorDto } from '../api/registry-orgs-api';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  indicator: IndicatorDto;
  disabled?: boolean;
}

// Vietnamese digits: 1.342.500 for whole numbers (people, đồng), 2,5 for decimals.
const groupThousands = (text: string | undefined) => (text ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const ungroup = (text: string | undefined) => (text ?? '').replace(/\./g, '');

/** A number in the indicator's unit: whole people and đồng, decimals with a comma. */
export function FigureInput({ id, value, onChange, indicator, disabled }: Props) {
  const whole = indicator.valueType !== 'decimal';
  return (
    <InputNumber
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next === null || next === '' ? null : Number(next))}
      disabled={disabled}
      suffix={indicator.unit}
      style={{ width: '100%' }}
      {...(whole
        ? {
            precision: 0,
            formatter: (v) => groupThousands(v === undefined ? '' : String(v)),
            // A string: an emptied box stays empty instead of reading as 0.
            parser: ungroup,
          }
        : { decimalSeparator: ',' })}
    />
  );
}
