import type { EChartsOption } from 'echarts';
import { formatNumber, formatPercent, formatRupiah } from '../domain/format';
import { chartTheme, percentAxis } from './theme';

/**
 * Charts of the Rencana page and the plan's PDF: projected coverage per kecamatan against the target
 * for one to three scenarios side by side, and what each source pays. The same definitions are drawn
 * in the browser and as SVG on the server.
 */

/** One colour per compared scenario; distinct in grayscale too (dark, mid, light). */
export const SCENARIO_COLORS = [chartTheme.brand, '#c27c0e', '#8a8886'] as const;

export interface ScenarioDistricts {
  name: string;
  districts: readonly { name: string; coverage: number | null }[];
}

/** Horizontal bars per kecamatan, one bar per scenario, and the target as a red line. */
export function planCoverageChart(scenarios: readonly ScenarioDistricts[], targetPercent: number | null): EChartsOption {
  const names = [...new Set(scenarios.flatMap((s) => s.districts.filter((d) => d.coverage !== null).map((d) => d.name)))];
  const highest = Math.max(targetPercent ?? 0, 1, ...scenarios.flatMap((s) => s.districts.map((d) => d.coverage ?? 0)));
  // Lowest first at the bottom, as the Dasbor's chart: the kecamatan furthest from the target stand out.
  const first = scenarios[0];
  const order = [...names].sort((a, b) => (first?.districts.find((d) => d.name === b)?.coverage ?? 0) - (first?.districts.find((d) => d.name === a)?.coverage ?? 0));
  return {
    animation: false,
    textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
    grid: { left: 8, right: 56, top: scenarios.length > 1 ? 64 : 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => formatPercent(Number(value)) },
    legend: scenarios.length > 1 ? { top: 0, data: scenarios.map((s) => s.name) } : undefined,
    xAxis: {
      type: 'value',
      ...percentAxis(highest, 1.15),
      axisLabel: { formatter: (value: number) => formatPercent(value, 0), hideOverlap: true },
      splitLine: { lineStyle: { color: chartTheme.grid } },
    },
    yAxis: { type: 'category', data: order.slice().reverse(), axisTick: { show: false }, axisLabel: { fontSize: 12 } },
    series: scenarios.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      data: order
        .slice()
        .reverse()
        .map((name) => s.districts.find((d) => d.name === name)?.coverage ?? null),
      itemStyle: { color: SCENARIO_COLORS[i % SCENARIO_COLORS.length] },
      barMaxWidth: scenarios.length > 1 ? 12 : 22,
      label: {
        show: scenarios.length === 1,
        position: 'right' as const,
        formatter: (params: { value: unknown }) => formatPercent(Number(params.value)),
        color: chartTheme.text,
      },
      markLine:
        i === 0 && targetPercent !== null
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: chartTheme.target, width: 2, type: 'solid' as const },
              label: { formatter: `Target ${formatPercent(targetPercent)}`, position: 'end' as const, color: chartTheme.target },
              data: [{ xAxis: targetPercent }],
            }
          : undefined,
    })),
  };
}

export interface ScenarioCosts {
  name: string;
  sources: readonly { label: string; cost: number; workers: number }[];
}

/** Cost per source (Rupiah, in millions on the axis), one bar per scenario; free levers show their workers. */
export function planCostChart(scenarios: readonly ScenarioCosts[]): EChartsOption {
  const labels = [...new Set(scenarios.flatMap((s) => s.sources.map((x) => x.label)))];
  const millions = (rupiah: number) => Math.round(rupiah / 1_000_000);
  return {
    animation: false,
    textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
    grid: { left: 8, right: scenarios.length === 1 ? 150 : 40, top: scenarios.length > 1 ? 56 : 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `Rp ${formatNumber(Number(value))} juta` },
    legend: scenarios.length > 1 ? { top: 0, data: scenarios.map((s) => s.name) } : undefined,
    xAxis: {
      type: 'value',
      name: 'juta Rp',
      nameLocation: 'end',
      nameTextStyle: { color: chartTheme.neutral },
      axisLabel: { formatter: (value: number) => formatNumber(value), hideOverlap: true },
      splitLine: { lineStyle: { color: chartTheme.grid } },
    },
    yAxis: { type: 'category', data: labels.slice().reverse(), axisTick: { show: false }, axisLabel: { fontSize: 12 } },
    series: scenarios.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      data: labels
        .slice()
        .reverse()
        .map((label) => {
          const entry = s.sources.find((x) => x.label === label);
          return entry ? { value: millions(entry.cost), workers: entry.workers, rupiah: entry.cost } : null;
        }),
      itemStyle: { color: SCENARIO_COLORS[i % SCENARIO_COLORS.length] },
      barMaxWidth: scenarios.length > 1 ? 12 : 22,
      label: {
        show: scenarios.length === 1,
        position: 'right' as const,
        formatter: (params: { data: unknown }) => {
          const d = params.data as { rupiah: number; workers: number } | null;
          if (!d) return '';
          return d.rupiah === 0 ? `${formatNumber(d.workers)} pekerja, tanpa biaya` : formatRupiah(d.rupiah);
        },
        color: chartTheme.text,
      },
    })),
  };
}
