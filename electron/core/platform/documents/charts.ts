import { createRequire } from 'node:module';
import type * as Echarts from 'echarts';
import type { EChartsOption, SeriesOption } from 'echarts';

// Loaded on the first chart, not when the core starts (it costs a tenth of a second).
const require = createRequire(import.meta.url);
let echarts: typeof Echarts | null = null;

/**
 * The Dasbor's chart definitions (shared/charts) drawn as SVG on the server, for the PDF. Every
 * chart is disposed of right after drawing: a live ECharts instance keeps Node from exiting.
 */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  echarts ??= require('echarts') as typeof Echarts;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(forPrint(option, width));
    return haloFirst(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * What paper needs that a screen does not: the PDF's own font (a font list with quotes would also
 * break the SVG attribute it is written into), no tooltips, and labels that do not overlap.
 */
function forPrint(option: EChartsOption, width: number): EChartsOption {
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []).map(
    (s) => ({ ...s, labelLayout: { hideOverlap: true } }) as SeriesOption,
  );
  // Category names on a vertical axis (kecamatan) wrap within a third of the width instead of
  // squeezing the bars when one name is very long.
  const wrapNames = (axis: unknown) => {
    const a = axis as { type?: string; axisLabel?: object };
    return a.type === 'category' ? { ...a, axisLabel: { ...a.axisLabel, width: Math.round(width / 3), overflow: 'break' } } : a;
  };
  const yAxis = Array.isArray(option.yAxis) ? option.yAxis.map(wrapNames) : option.yAxis ? wrapNames(option.yAxis) : undefined;
  return {
    ...option,
    ...(yAxis ? { yAxis: yAxis as EChartsOption['yAxis'] } : {}),
    textStyle: { ...option.textStyle, fontFamily: 'Roboto' },
    tooltip: { show: false },
    series,
  };
}

const HALO_TEXT = /<text([^>]*?) fill="([^"]*)" stroke="([^"]*)" stroke-width="([^"]*)" paint-order="stroke"([^>]*)>([^<]*)<\/text>/g;

/**
 * ECharts gives a label a white halo with paint-order="stroke" (stroke under the fill); the PDF's
 * SVG reader ignores paint-order and would paint the halo over the letters. Each such label becomes
 * two: the halo first, then the letters on top.
 */
export function haloFirst(svg: string): string {
  return svg.replace(
    HALO_TEXT,
    (_m, before: string, fill: string, stroke: string, width: string, after: string, text: string) =>
      `<text${before} fill="${stroke}" stroke="${stroke}" stroke-width="${width}"${after}>${text}</text>` +
      `<text${before} fill="${fill}"${after}>${text}</text>`,
  );
}
