/** Colours and type shared by every chart, on screen and in print (Fluent's Windows palette). */
export const chartTheme = {
  brand: '#0f6cbd',
  brandLight: '#9fc9ef',
  target: '#c50f1f',
  ok: '#107c10',
  warning: '#bc4b09',
  neutral: '#616161',
  grid: '#e0e0e0',
  text: '#242424',
  fontFamily: '"Segoe UI", "Segoe UI Web (West European)", Roboto, "Helvetica Neue", Arial, sans-serif',
} as const;

/**
 * A percent axis that ends on a labelled round value: ECharts left alone labels 0, 10, 20, 30 and then
 * the bare maximum (35 %), which reads as a misprint in the bupati's report.
 */
export function percentAxis(highest: number, headroom: number): { max: number; interval: number } {
  const wanted = highest * headroom;
  const interval = wanted <= 25 ? 5 : 10;
  return { max: Math.max(interval, Math.ceil(wanted / interval) * interval), interval };
}
