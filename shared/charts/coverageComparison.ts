import type { EChartsOption } from 'echarts';
import { formatPercent } from '../domain/format';
import { chartTheme } from './theme';

export interface ComparisonBar {
  name: string;
  percent: number | null;
  kind: 'regency' | 'target' | 'national' | 'nationalTarget';
}

const COLORS: Record<ComparisonBar['kind'], string> = {
  regency: chartTheme.brand,
  target: chartTheme.target,
  national: chartTheme.neutral,
  nationalTarget: '#a8a8a8',
};

/**
 * The regency's coverage beside its own target and the national figures, as horizontal bars with
 * their values written on them: the one-glance picture of the Ringkasan (colour and label both say
 * what a bar is, so it still reads in grayscale).
 */
export function coverageComparisonChart(bars: readonly ComparisonBar[]): EChartsOption {
  const shown = bars.filter((b) => b.percent !== null).reverse();
  const max = Math.max(...shown.map((b) => b.percent!), 1);
  return {
    animation: false,
    textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
    grid: { left: 8, right: 72, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', max: Math.ceil((max * 1.1) / 5) * 5, show: false },
    yAxis: { type: 'category', data: shown.map((b) => b.name), axisTick: { show: false }, axisLine: { show: false }, axisLabel: { fontSize: 13 } },
    series: [
      {
        type: 'bar',
        barWidth: '62%',
        data: shown.map((b) => ({
          value: b.percent!,
          // Targets are striped, so they differ from actual figures in grayscale print too.
          itemStyle: {
            color: COLORS[b.kind],
            ...(b.kind === 'target' || b.kind === 'nationalTarget'
              ? { decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -Math.PI / 4, color: 'rgba(255, 255, 255, 0.55)' } }
              : {}),
          },
        })),
        label: { show: true, position: 'right', fontSize: 13, fontWeight: 'bold', formatter: (p) => formatPercent(Number(p.value)), color: chartTheme.text },
      },
    ],
  };
}
