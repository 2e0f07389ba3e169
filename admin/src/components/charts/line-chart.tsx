import { LineChart as LineSeries } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from './echart';

// The simple grid and plain legend: the full ones add data zoom hooks and a scrolling legend we never use.
use([LineSeries, GridSimpleComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);

export interface LineSeriesData {
  name: string;
  values: number[];
  color?: string;
}

export interface LineChartProps {
  /** X axis labels, one per value of each series. */
  categories: string[];
  series: LineSeriesData[];
  label: string;
  height?: number;
  /** How numbers read in the tooltip and on the axis (e.g. Vietnamese thousands separators). */
  formatValue?: (value: number) => string;
}

/** A plain multi-series line chart over a category axis (days, months…). */
export function LineChart({ categories, series, label, height, formatValue = String }: LineChartProps) {
  const option = useMemo(() => {
    const colors = series.map((s) => s.color).filter((c): c is string => Boolean(c));
    return {
      animation: false,
      // A partial palette would shift the defaults onto the wrong series: all or none.
      ...(colors.length === series.length ? { color: colors } : {}),
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: series.map((s) => s.name) },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)),
      },
      xAxis: { type: 'category', boundaryGap: false, data: categories },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (value: number) => formatValue(value) },
      },
      series: series.map((s) => ({
        name: s.name,
        type: 'line',
        data: s.values,
        showSymbol: categories.length <= 45,
        symbolSize: 6,
      })),
    };
  }, [categories, series, formatValue]);
  return <EChart option={option} label={label} height={height} />;
}

export default LineChart;
