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
