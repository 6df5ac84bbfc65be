import type { EChartsOption } from 'echarts';
import { MONTH_NAMES, formatNumber, formatPercent } from '../domain/format';
import { chartTheme, percentAxis } from './theme';

export interface TrendPoint {
  month: string;
  active: number;
  percent: number | null;
}

const shortMonth = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]!.slice(0, 3)} ${month.slice(2, 4)}`;

/** Monthly active participants (bars) and coverage (line) from the BPJS recaps, with the target line. */
export function coverageTrendChart(points: readonly TrendPoint[], targetPercent: number | null): EChartsOption {
  const percents = points.map((p) => p.percent);
  const top = Math.max(targetPercent ?? 0, ...percents.filter((p): p is number => p !== null), 1);
  return {
    animation: false,
    textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: ['Peserta aktif', 'Cakupan'] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => shortMonth(p.month)), axisTick: { show: false } },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) }, splitLine: { lineStyle: { color: chartTheme.grid } } },
      { type: 'value', ...percentAxis(top, 1.2), axisLabel: { formatter: (v: number) => formatPercent(v, 0) }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: 'Peserta aktif',
        data: points.map((p) => p.active),
        itemStyle: { color: chartTheme.brandLight },
        barMaxWidth: 28,
        tooltip: { valueFormatter: (v) => formatNumber(Number(v)) },
      },
      {
        type: 'line',
        name: 'Cakupan',
        yAxisIndex: 1,
        // Only the newest point is labelled: twelve labels side by side would overlap.
        data: percents.map((value, i) => ({ value, label: { show: i === percents.length - 1 } })),
        itemStyle: { color: chartTheme.brand },
        lineStyle: { width: 2 },
        symbolSize: 6,
        label: { formatter: (params) => formatPercent(Number(params.value)), fontSize: 11, position: 'top', fontWeight: 'bold' },
        tooltip: { valueFormatter: (v) => formatPercent(Number(v)) },
        markLine:
          targetPercent === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: chartTheme.target, width: 1.5 },
                label: { formatter: `Target ${formatPercent(targetPercent)}`, position: 'insideEndTop', color: chartTheme.target },
                data: [{ yAxis: targetPercent }],
              },
      },
    ],
  };
}
