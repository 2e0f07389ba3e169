import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { init } from 'echarts/core';
import { type CSSProperties, useEffect, useRef } from 'react';

export interface EChartProps {
  option: EChartsCoreOption;
  /** Read by screen readers instead of the drawing: say what the chart shows. */
  label: string;
  height?: number;
  style?: CSSProperties;
}

/**
 * One ECharts instance bound to a div: created on mount, resized with its box, disposed on unmount.
 * Registers nothing itself — each chart module `use()`s just the series and components it draws,
 * so the bundle only carries those.
 */
export function EChart({ option, label, height = 320, style }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height, ...style }} />;
}
