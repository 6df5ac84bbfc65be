import type { EChartsOption } from 'echarts';
import { formatPercent } from '../domain/format';
import { chartTheme, percentAxis } from './theme';

export interface CoverageBar {
  name: string;
  percent: number | null;
}

/**
 * Coverage per kecamatan as horizontal bars with the target as a vertical red line; bars under the
 * target are drawn lighter. Used by the Dasbor (browser, SVG) and the PDF (server-side SVG).
 */
export function coverageByDistrictChart(rows: readonly CoverageBar[], targetPercent: number | null): EChartsOption {
  const sorted = rows.filter((r) => r.percent !== null).sort((a, b) => a.percent! - b.percent!);
  const max = Math.max(targetPercent ?? 0, ...sorted.map((r) => r.percent!), 1);
  return {
    animation: false,
    textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
    grid: { left: 8, right: 64, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => formatPercent(Number(value)) },
    xAxis: {
      type: 'value',
      ...percentAxis(max, 1.15),
      axisLabel: { formatter: (value: number) => formatPercent(value, 0), hideOverlap: true },
      splitLine: { lineStyle: { color: chartTheme.grid } },
    },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisTick: { show: false }, axisLabel: { fontSize: 12 } },
    series: [
      {
        type: 'bar',
        name: 'Cakupan',
        data: sorted.map((r) => ({
          value: r.percent!,
          itemStyle: { color: targetPercent !== null && r.percent! < targetPercent ? chartTheme.brandLight : chartTheme.brand },
        })),
        barMaxWidth: 24,
        label: { show: true, position: 'right', formatter: (params) => formatPercent(Number(params.value)), color: chartTheme.text },
        markLine:
          targetPercent === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: chartTheme.target, width: 2, type: 'solid' },
                label: { formatter: `Target ${formatPercent(targetPercent)}`, position: 'end', color: chartTheme.target },
                data: [{ xAxis: targetPercent }],
              },
      },
    ],
  };
}
