import { addMonths, localIsoDate } from '../../../../shared/domain/months';

/** What marks a database as the demo regency, kept apart from the builder so the core can read it. */
export const DEMO_MARKER = 'demo';
export const DEMO_FILE = 'cakap-demo.sqlite';

export interface DemoMarker {
  builtAt: string;
  asOf: string;
}

/** The demo's report date for a build made today: the end of last month. */
export function demoAsOf(today: Date): string {
  const lastMonth = addMonths(localIsoDate(today).slice(0, 7), -1);
  return localIsoDate(new Date(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7)), 0));
}
