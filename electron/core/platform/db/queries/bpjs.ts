import type { Db } from '../open';

export interface BpjsMemberRow {
  nik: string;
  kpj: string | null;
  name: string | null;
  segment: 'PU' | 'BPU' | 'JAKON' | 'PMI' | null;
  active: number;
  start_date: string | null;
  as_of: string;
}

/**
 * What BPJS Ketenagakerjaan reported. Members: the newest participant list (the latest batch
 * not undone) is the current truth. Recaps: per month, the latest batch of that month counts.
 */
export function bpjsQueries(db: Db) {
  const latestMembersBatch = db.prepare<[], { id: number }>(
    `SELECT b.id FROM import_batches b WHERE b.kind = 'bpjs_members' AND b.undone_at IS NULL ORDER BY b.id DESC LIMIT 1`,
  );
  const memberByNik = db.prepare<[number, string], BpjsMemberRow>('SELECT * FROM bpjs_members WHERE batch_id = ? AND nik = ?');
  const insertMember = db.prepare<[number, string, string | null, string | null, string | null, number, string | null, string]>(
    'INSERT INTO bpjs_members (batch_id, nik, kpj, name, segment, active, start_date, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertRecap = db.prepare<[number, string, string | null, string, number]>(
    'INSERT INTO bpjs_recaps (batch_id, month, district_code, segment, active) VALUES (?, ?, ?, ?, ?)',
  );
  const recapBatchesOfMonth = db.prepare<[string], { batch_id: number }>(
    `SELECT DISTINCT r.batch_id FROM bpjs_recaps r JOIN import_batches b ON b.id = r.batch_id
     WHERE r.month = ? AND b.undone_at IS NULL ORDER BY r.batch_id DESC`,
  );
  const deleteMembersOfBatch = db.prepare<[number]>('DELETE FROM bpjs_members WHERE batch_id = ?');
  const deleteRecapsOfBatch = db.prepare<[number]>('DELETE FROM bpjs_recaps WHERE batch_id = ?');

  const asOfOfBatch = db.prepare<[number], { as_of: string }>('SELECT as_of FROM bpjs_members WHERE batch_id = ? LIMIT 1');

  type ReconRow = { nik: string; name: string | null; bpjs_name: string | null; kpj: string | null; segment: BpjsMemberRow['segment']; program: string | null; village_name: string | null };

  return {
    /** The three lists of the Rekonsiliasi view, as of the member list's own date. */
    reconciliation(batchId: number): { asOf: string | null; notRegistered: ReconRow[]; notEnrolled: ReconRow[]; matched: ReconRow[] } {
      const asOf = asOfOfBatch.get(batchId)?.as_of ?? null;
      const month = asOf ? asOf.slice(0, 7) : '0000-00';
      const notRegistered = db
        .prepare<[string, number], ReconRow>(
          `SELECT w.nik, w.name, NULL AS bpjs_name, w.kpj, NULL AS segment, MIN(p.name) AS program, v.name AS village_name
           FROM enrollments e JOIN workers w ON w.id = e.worker_id JOIN programs p ON p.id = e.program_id
           LEFT JOIN regions v ON v.code = w.village_code
           WHERE ? BETWEEN e.month_from AND e.month_to
             AND NOT EXISTS (SELECT 1 FROM bpjs_members m WHERE m.batch_id = ? AND m.nik = w.nik AND m.active = 1)
           GROUP BY w.id ORDER BY w.name COLLATE NOCASE`,
        )
        .all(month, batchId);
      const notEnrolled = db
        .prepare<[number, string], ReconRow>(
          `SELECT m.nik, w.name, m.name AS bpjs_name, m.kpj, m.segment, NULL AS program, v.name AS village_name
           FROM bpjs_members m LEFT JOIN workers w ON w.nik = m.nik LEFT JOIN regions v ON v.code = w.village_code
           WHERE m.batch_id = ? AND m.active = 1
             AND NOT EXISTS (SELECT 1 FROM enrollments e JOIN workers w2 ON w2.id = e.worker_id
                             WHERE w2.nik = m.nik AND ? BETWEEN e.month_from AND e.month_to)
           ORDER BY COALESCE(w.name, m.name) COLLATE NOCASE`,
        )
        .all(batchId, month);
      const matched = db
        .prepare<[number], ReconRow>(
          `SELECT m.nik, w.name, m.name AS bpjs_name, m.kpj, m.segment, NULL AS program, v.name AS village_name
           FROM bpjs_members m JOIN workers w ON w.nik = m.nik LEFT JOIN regions v ON v.code = w.village_code
           WHERE m.batch_id = ? ORDER BY w.name COLLATE NOCASE`,
        )
        .all(batchId);
      return { asOf, notRegistered, notEnrolled, matched };
    },
    latestMembersBatch: () => latestMembersBatch.get()?.id ?? null,
    memberByNik: (batchId: number, nik: string) => memberByNik.get(batchId, nik),
    insertMember: (batchId: number, m: Omit<BpjsMemberRow, 'as_of'>, asOf: string) =>
      insertMember.run(batchId, m.nik, m.kpj, m.name, m.segment, m.active, m.start_date, asOf),
    insertRecap: (batchId: number, month: string, districtCode: string | null, segment: string, active: number) =>
      insertRecap.run(batchId, month, districtCode, segment, active),
    recapBatchesOfMonth: (month: string) => recapBatchesOfMonth.all(month).map((r) => r.batch_id),
    deleteOfBatch: (batchId: number) => {
      deleteMembersOfBatch.run(batchId);
      deleteRecapsOfBatch.run(batchId);
    },
  };
}
