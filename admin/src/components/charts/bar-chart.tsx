import { BarChart as BarSeries } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from './echart';

use([BarSeries, GridSimpleComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);

export interface BarSeriesData {
  name: string;
  values: number[];
  color?: string;
}

export interface BarChartProps {
  /** One label per bar (or group of bars). */
  categories: string[];
  series: BarSeriesData[];
  label: string;
  /** Bars left to right along a vertical category axis: long labels (communes, sectors) stay readable. */
  horizontal?: boolean;
  height?: number;
  formatValue?: (value: number) => string;
}

/** Bars over a category axis, one colour per series; values printed at the end of each bar. */
export function BarChart({
  categories,
  series,
  label,
  horizontal = false,
  height,
  formatValue = String,
}: BarChartProps) {
  const option = useMemo(() => {
    const colors = series.map((s) => s.color).filter((c): c is string => Boolean(c));
    const categoryAxis = {
      type: 'category',
      data: categories,
      // Horizontal bars read top-down in the order given.
      inverse: horizontal,
      axisLabel: horizontal
        ? { width: 180, overflow: 'truncate' }
        : { interval: 0, width: 110, overflow: 'break' },
    };
    const valueAxis = {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (v: number) => formatValue(v) },
    };
    return {
      animation: false,
      ...(colors.length === series.length ? { color: colors } : {}),
      grid: { left: 8, right: 48, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
      legend: series.length > 1 ? { top: 0, data: series.map((s) => s.name) } : undefined,
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)),
      },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s) => ({
        name: s.name,
        type: 'bar',
        data: s.values,
        barMaxWidth: 36,
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          formatter: ({ value }: { value: number }) => formatValue(value),
        },
      })),
    };
  }, [categories, series, horizontal, formatValue]);
  return <EChart option={option} label={label} height={height} />;
}

export default BarChart;
