import type { Db } from '../open';

/** Whether a database holds anything an office recorded: the first-run wizard is only for one that does not. */
export function firstRunQueries(db: Db) {
  const nothingRecorded = db
    .prepare<[], number>(
      `SELECT NOT EXISTS (SELECT 1 FROM workers) AND NOT EXISTS (SELECT 1 FROM import_batches)
          AND NOT EXISTS (SELECT 1 FROM workforce) AND NOT EXISTS (SELECT 1 FROM targets)
          AND NOT EXISTS (SELECT 1 FROM programs)`,
    )
    .pluck();
  return {
    nothingRecorded: () => nothingRecorded.get() === 1,
  };
}
