import type { EChartsOption } from 'echarts';
import { formatNumber } from '../domain/format';
import { chartTheme } from './theme';

export interface WorkforceBar {
  name: string;
  workforce: number | null;
}

/**
 * Working population per kecamatan as horizontal bars (kecamatan names are long), largest on top.
 * A pure option builder: the Dasbor renders it in the browser, reports render it to SVG on the server.
 */
export function workforceByDistrictChart(rows: readonly WorkforceBar[]): EChartsOption {
  const sorted = rows.filter((r) => r.workforce !== null).sort((a, b) => a.workforce! - b.workforce!);
  return {
    animation: false,
    textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => `${formatNumber(Number(value))} orang`,
    },
    xAxis: {
      type: 'value',
      splitNumber: 4,
      axisLabel: { formatter: (value: number) => formatNumber(value), hideOverlap: true },
      splitLine: { lineStyle: { color: chartTheme.grid } },
    },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        name: 'Penduduk bekerja',
        data: sorted.map((r) => r.workforce!),
        itemStyle: { color: chartTheme.brand },
        barMaxWidth: 26,
        label: {
          show: true,
          position: 'right',
          formatter: (params) => formatNumber(Number(params.value)),
          color: chartTheme.text,
        },
      },
    ],
  };
}
