import fs from 'node:fs';

/**
 * This process's peak resident memory in MB, every thread included. On Linux it is VmHWM, the
 * high-water mark of the process's own memory since it started: getrusage's maxRSS is not, because
 * Linux carries it over from the parent through fork and exec, so a child started by a bench that
 * itself grew to 540 MB (writing the million-row list) would report at least 540 MB whatever it used.
 */
export function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS / 1024;
}
