/**
 * The national frame a report may set the regency beside (DESIGN.md section 1): national UCJ was
 * 35,68 % in April 2025; the RPJMN 2025–2029 target for 2025 is 32,15 %.
 */
export const NATIONAL_UCJ = {
  actualPercent: 35.68,
  actualAsOf: '2025-04',
  targetPercent: 32.15,
  targetYear: 2025,
} as const;
