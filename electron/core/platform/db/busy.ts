/**
 * Another connection holds the write lock for longer than busy_timeout (open.ts): in office mode, a
 * colleague's import writes its whole list in one transaction in its job thread. A write from the
 * main thread then fails with SQLITE_BUSY instead of waiting on.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

/**
 * A write that must happen but need not happen now (an audit entry of a refusal): tried at once, and
 * while the database is busy, again every second for up to ten minutes, in order, without holding up
 * the request that caused it.
 */
export function writeWhenFree(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    let tries = 0;
    const retry = () => {
      try {
        write();
      } catch (again) {
        if (isDatabaseBusy(again) && ++tries < 600) setTimeout(retry, 1000).unref();
        else console.error('[cakap] catatan audit tidak dapat ditulis:', again);
      }
    };
    setTimeout(retry, 1000).unref();
  }
}
