/**
 * Coverage arithmetic shared by the Dasbor, the reports and the tests. Percentages are published
 * with two decimals, so they are turned into basis points before multiplying: 28,3 % of 90.000
 * is exactly 25.470 workers, not 25.471 from 0.283 * 90000 = 25470.000000000004.
 */

export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** Workers needed for `percent` of `workforce`, rounded up: a target is met only by whole people. */
export function workersForPercent(percent: number, workforce: number): number {
  return Math.ceil((toBasisPoints(percent) * workforce) / 10_000);
}
