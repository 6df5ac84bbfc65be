import type { Db } from '../open';

export interface WorkerRow {
  id: number;
  nik: string;
  name: string;
  birth_date: string | null;
  birth_place: string | null;
  sex: 'L' | 'P' | null;
  address: string | null;
  district_code: string | null;
  village_code: string | null;
  /** Cakap's occupation group (reports, filters, program rules). */
  occupation: string | null;
  /** The occupation of the KTP: the Dukcapil code 1–89 (shared/domain/ktpOccupations.ts). */
  ktp_occupation: number | null;
  /** 'list': the list placed the worker; 'nik': only the kecamatan, from the NIK ("dari NIK"). */
  region_source: 'list' | 'nik' | null;
  phone: string | null;
  kpj: string | null;
  created_batch: number | null;
  updated_batch: number | null;
  created_at: string;
  updated_at: string;
}

/** The person-level fields an import or an edit may set. */
export const WORKER_DATA_FIELDS = [
  'name',
  'birth_date',
  'birth_place',
  'sex',
  'address',
  'district_code',
  'village_code',
  'occupation',
  'phone',
  'kpj',
  'ktp_occupation',
  'region_source',
] as const;
export type WorkerDataField = (typeof WORKER_DATA_FIELDS)[number];
export type WorkerData = Pick<WorkerRow, WorkerDataField>;

export interface WorkerListFilter {
  search?: string;
  districtCode?: string;
  villageCode?: string;
  occupation?: string;
  batchId?: number;
  /** Paid for by a program in this month, or not covered at all (no program, not an active BPJS participant). */
  coverage?: { month: string; state: 'program' | 'uncovered' };
}

export interface WorkerListRow {
  id: number;
  nik: string;
  name: string;
  sex: 'L' | 'P' | null;
  birth_date: string | null;
  district_name: string | null;
  village_name: string | null;
  occupation: string | null;
  region_source: 'list' | 'nik' | null;
}

/** Workers: one row per person (NIK unique) and the history of changes to each. */
export function workerQueries(db: Db) {
  const byNik = db.prepare<[string], WorkerRow>('SELECT * FROM workers WHERE nik = ?');
  const byId = db.prepare<[number], WorkerRow>('SELECT * FROM workers WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO workers (nik, name, birth_date, birth_place, sex, address, district_code, village_code, occupation, phone, kpj,
       ktp_occupation, region_source, created_batch, updated_batch, created_at, updated_at)
     VALUES (@nik, @name, @birth_date, @birth_place, @sex, @address, @district_code, @village_code, @occupation, @phone, @kpj,
       @ktp_occupation, @region_source, @batch, NULL, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE workers SET name = @name, birth_date = @birth_date, birth_place = @birth_place, sex = @sex, address = @address,
       district_code = @district_code, village_code = @village_code, occupation = @occupation, phone = @phone, kpj = @kpj,
       ktp_occupation = @ktp_occupation, region_source = @region_source, updated_batch = @batch, updated_at = @now
     WHERE id = @id`,
  );
  const insertHistory = db.prepare<[number, number | null, string, string, string, string, string]>(
    'INSERT INTO worker_history (worker_id, batch_id, action, before, after, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const history = db.prepare<[number], { id: number; batch_id: number | null; action: string; before: string; after: string; actor: string; at: string; file_name: string | null }>(
    `SELECT h.id, h.batch_id, h.action, h.before, h.after, h.actor, h.at, b.file_name
     FROM worker_history h LEFT JOIN import_batches b ON b.id = h.batch_id
     WHERE h.worker_id = ? ORDER BY h.id DESC`,
  );
  const occupations = db.prepare<[], { occupation: string; n: number }>(
    'SELECT occupation, COUNT(*) AS n FROM workers WHERE occupation IS NOT NULL GROUP BY occupation ORDER BY n DESC LIMIT 200',
  );
  const total = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM workers');
  const any = db.prepare<[], { n: number }>('SELECT EXISTS (SELECT 1 FROM workers) AS n');
  const pageOfAll = db.prepare<[number, number], number>('SELECT id FROM workers ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?').pluck();
  const countAll = db.prepare<[], number>('SELECT COUNT(*) FROM workers').pluck();
  const listRow = db.prepare<[number], WorkerListRow>(
    `SELECT w.id, w.nik, w.name, w.sex, w.birth_date, d.name AS district_name, v.name AS village_name, w.occupation, w.region_source
     FROM workers w LEFT JOIN regions d ON d.code = w.district_code LEFT JOIN regions v ON v.code = w.village_code
     WHERE w.id = ?`,
  );

  const restoreStatements = new Map<string, ReturnType<Db['prepare']>>();
  const RESTORABLE = new Set<string>([...WORKER_DATA_FIELDS, 'updated_batch', 'updated_at']);

  const erase = db.prepare<[string, string, number]>(
    `UPDATE workers SET nik = ?, name = '(dihapus)', birth_date = NULL, birth_place = NULL, sex = NULL, address = NULL,
       phone = NULL, kpj = NULL, updated_at = ? WHERE id = ?`,
  );
  const scrubHistory = db.prepare<[number]>(`UPDATE worker_history SET before = '{}', after = '{}' WHERE worker_id = ?`);
  const scrubIssues = db.prepare<[string, string, string, string, string]>(
    `UPDATE import_issues SET raw = NULL, message = replace(message, ?, '[NIK dihapus]'), detail = replace(detail, ?, '[NIK dihapus]')
     WHERE instr(COALESCE(raw, ''), ?) > 0 OR instr(message, ?) > 0 OR instr(detail, ?) > 0`,
  );
  // A person once passed over (not a worker then) keeps no cells or NIK in that import's list either.
  const scrubPassedOver = db.prepare<[string, string]>(
    `UPDATE import_passed_over SET raw = NULL, detail = replace(detail, ?, '[NIK dihapus]') WHERE instr(COALESCE(raw, ''), ?) > 0`,
  );
  const scrubMembers = db.prepare<[string, string]>('UPDATE bpjs_members SET nik = ?, name = NULL, kpj = NULL WHERE nik = ?');
  // Bills and claims name the person too; the pseudonym keeps their rows joined to the worker.
  const scrubBills = db.prepare<[string, string]>('UPDATE bill_rows SET nik = ?, name = NULL, kpj = NULL WHERE nik = ?');
  const scrubPaying = db.prepare<[string, string, string]>('UPDATE bills SET paying = replace(paying, ?, ?) WHERE instr(paying, ?) > 0');
  // A bill's parts hold every row as JSON (queries/finance.ts BillLine: NIK, KPJ and name at 4, 5, 6).
  const partsWith = db.prepare<[string], { id: number; lines: string }>('SELECT id, lines FROM bill_parts WHERE instr(lines, ?) > 0');
  const rewritePart = db.prepare<[string, number]>('UPDATE bill_parts SET lines = ? WHERE id = ?');
  const scrubClaims = db.prepare<[string, string, string, string]>('UPDATE claims SET nik = ?, name = NULL, kpj = NULL, claim_key = replace(claim_key, ?, ?) WHERE nik = ?');

  const rowsOf = (ids: readonly number[]) => {
    const rows: WorkerListRow[] = [];
    for (const id of ids) {
      const row = listRow.get(id);
      if (row) rows.push(row);
    }
    return rows;
  };
  const nameSearch = db.prepare<[string, number], number>('SELECT rowid FROM workers_name_search WHERE name LIKE ? LIMIT ?').pluck();
  /**
   * The ids of workers whose name holds the searched text, from the trigram index, when they are at
   * most NAME_INDEX_MATCHES; null when the search is not a name of 3+ plain characters, or matches
   * more: a common name is faster found by walking the name index in order until the page is full
   * (each match the trigram index gives is checked against its row, which costs for thousands).
   */
  const nameSearchIds = (search: string | undefined): number[] | null => {
    const text = search?.trim() ?? '';
    if ([...text].length < 3 || /[%_\\]/.test(text) || /^\d+$/.test(text.replace(/[\s.]/g, ''))) return null;
    const ids = nameSearch.all(`%${text}%`, NAME_INDEX_MATCHES + 1);
    return ids.length <= NAME_INDEX_MATCHES ? ids : null;
  };

  return {
    /**
     * Erasure on request (UU 27/2022): the person's data is gone from every table; the row stays,
     * under a pseudonym, with its kecamatan, village and occupation, so counts and costs still add up.
     */
    erasePersonalData(worker: WorkerRow, now: string): string {
      const pseudonym = `DIHAPUS-${worker.id}`;
      erase.run(pseudonym, now, worker.id);
      scrubHistory.run(worker.id);
      scrubIssues.run(worker.nik, worker.nik, worker.nik, worker.nik, worker.nik);
      scrubPassedOver.run(worker.nik, worker.nik);
      scrubMembers.run(pseudonym, worker.nik);
      scrubBills.run(pseudonym, worker.nik);
      scrubPaying.run(` ${worker.nik} `, ` ${pseudonym} `, ` ${worker.nik} `);
      for (const part of partsWith.all(`"${worker.nik}"`)) {
        const lines = (JSON.parse(part.lines) as unknown[][]).map((l) => (l[4] === worker.nik ? [...l.slice(0, 4), pseudonym, null, null, ...l.slice(7)] : l));
        rewritePart.run(JSON.stringify(lines), part.id);
      }
      scrubClaims.run(pseudonym, worker.nik, pseudonym, worker.nik);
      return pseudonym;
    },
    byNik: (nik: string) => byNik.get(nik),
    /** Puts back the values a batch changed (undo); only known columns are accepted. */
    restore(id: number, values: Record<string, unknown>): void {
      const fields = Object.keys(values).filter((f) => RESTORABLE.has(f)).sort();
      if (fields.length === 0) return;
      const key = fields.join(',');
      let statement = restoreStatements.get(key);
      if (!statement) {
        statement = db.prepare(`UPDATE workers SET ${fields.map((f) => `${f} = @${f}`).join(', ')} WHERE id = @id`);
        restoreStatements.set(key, statement);
      }
      statement.run({ ...Object.fromEntries(fields.map((f) => [f, values[f] ?? null])), id });
    },
    byId: (id: number) => byId.get(id),
    insert: (data: WorkerData & { nik: string }, batch: number | null, now: string) =>
      Number(insert.run({ ...data, batch, now }).lastInsertRowid),
    update: (id: number, data: WorkerData, batch: number | null, now: string) => update.run({ ...data, id, batch, now }),
    addHistory: (workerId: number, batchId: number | null, action: string, before: unknown, after: unknown, actor: string, at: string) =>
      insertHistory.run(workerId, batchId, action, JSON.stringify(before), JSON.stringify(after), actor, at),
    history: (workerId: number) => history.all(workerId),
    occupations: () => occupations.all(),
    count: () => total.get()!.n,
    any: () => any.get()!.n === 1,

    /** Every worker a selection names (a filter of the Pekerja list, an import batch, ids, NIKs). */
    select(filter: WorkerListFilter): WorkerRow[] {
      const { where, params } = listWhere(filter);
      return db.prepare<unknown[], WorkerRow>(`SELECT w.* FROM workers w ${where} ORDER BY w.id`).all(...params);
    },
    /** The same selection, one row at a time (a million workers are never all in memory). */
    iterate(filter: WorkerListFilter): IterableIterator<WorkerRow> {
      const { where, params } = listWhere(filter);
      return db.prepare<unknown[], WorkerRow>(`SELECT w.* FROM workers w ${where} ORDER BY w.id`).iterate(...params);
    },
    byIds(ids: readonly number[]): WorkerRow[] {
      const out: WorkerRow[] = [];
      for (const id of ids) {
        const row = byId.get(id);
        if (row) out.push(row);
      }
      return out;
    },
    byNiks(niks: readonly string[]): WorkerRow[] {
      const out: WorkerRow[] = [];
      for (const nik of niks) {
        const row = byNik.get(nik);
        if (row) out.push(row);
      }
      return out;
    },

    /**
     * One page of the Pekerja list, ordered by name. Unfiltered: the page is picked from the name
     * index alone (a deep page steps over index entries, not rows) and only its 50 rows are read.
     * Filtered or searched: one pass over the matching ids, in name order from the filter's index,
     * gives both the count and the page. NIK search is a prefix range on the unique index.
     */
    list(filter: WorkerListFilter, offset: number, limit: number): { rows: WorkerListRow[]; total: number; totalExact: boolean } {
      const { where, params } = listWhere(filter);
      let ids: number[];
      let total: number;
      let totalExact = true;
      const byName = nameSearchIds(filter.search);
      if (byName) {
        // Few enough matches from the name index: the filter's other clauses apply to those ids only.
        const narrowed = listWhere({ ...filter, search: undefined }, byName);
        const ordered = `SELECT w.id FROM workers w ${narrowed.where} ORDER BY w.name COLLATE NOCASE, w.id`;
        const all = db.prepare<unknown[], number>(ordered).pluck().all(...narrowed.params);
        return { rows: rowsOf(all.slice(offset, offset + limit)), total: all.length, totalExact: true };
      }
      if (where === '') {
        ids = pageOfAll.all(limit, offset);
        total = countAll.get()!;
      } else {
        // One pass over the matches, stopping after COUNT_CAP: a common name is counted as "more than
        // 10.000" instead of scanning a million names twice.
        const ordered = `SELECT w.id FROM workers w ${where} ORDER BY w.name COLLATE NOCASE, w.id`;
        const head = db.prepare<unknown[], number>(`${ordered} LIMIT ${COUNT_CAP + 1}`).pluck().all(...params);
        totalExact = head.length <= COUNT_CAP;
        total = Math.min(head.length, COUNT_CAP);
        ids =
          offset + limit <= head.length || totalExact
            ? head.slice(offset, offset + limit)
            : db.prepare<unknown[], number>(`${ordered} LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset);
      }
      return { rows: rowsOf(ids), total, totalExact };
    },
  };
}

/** Beyond this many matches a filtered list says "more than" instead of counting on. */
export const COUNT_CAP = 10_000;
/** Up to this many matches a name search is answered from the trigram index (see nameSearchIds). */
const NAME_INDEX_MATCHES = 1_000;

function listWhere(filter: WorkerListFilter, ids?: readonly number[]): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (ids) {
    clauses.push('w.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(ids));
  }
  const search = filter.search?.trim();
  if (search) {
    const digits = search.replace(/[\s.]/g, '');
    if (/^\d+$/.test(digits)) {
      clauses.push('w.nik >= ? AND w.nik < ?');
      params.push(digits, `${digits}:`);
    } else {
      clauses.push("w.name LIKE ? ESCAPE '\\'");
      params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }
  if (filter.districtCode) {
    clauses.push('w.district_code = ?');
    params.push(filter.districtCode);
  }
  if (filter.villageCode) {
    clauses.push('w.village_code = ?');
    params.push(filter.villageCode);
  }
  if (filter.occupation) {
    clauses.push('w.occupation = ?');
    params.push(filter.occupation);
  }
  if (filter.batchId !== undefined) {
    clauses.push(
      'w.id IN (SELECT id FROM workers WHERE created_batch = ? UNION SELECT worker_id FROM worker_history WHERE batch_id = ? UNION SELECT worker_id FROM import_unchanged WHERE batch_id = ?)',
    );
    params.push(filter.batchId, filter.batchId, filter.batchId);
  }
  if (filter.coverage) {
    const enrolled = 'EXISTS (SELECT 1 FROM enrollments e WHERE e.worker_id = w.id AND e.month_from <= ? AND e.month_to >= ?)';
    if (filter.coverage.state === 'program') {
      clauses.push(enrolled);
      params.push(filter.coverage.month, filter.coverage.month);
    } else {
      clauses.push(
        `NOT ${enrolled} AND NOT EXISTS (SELECT 1 FROM bpjs_members m WHERE m.nik = w.nik AND m.active = 1 AND m.batch_id = (
           SELECT b.id FROM import_batches b WHERE b.kind = 'bpjs_members' AND b.undone_at IS NULL
             AND EXISTS (SELECT 1 FROM bpjs_members x WHERE x.batch_id = b.id AND x.as_of <= ?)
           ORDER BY b.id DESC LIMIT 1))`,
      );
      params.push(filter.coverage.month, filter.coverage.month, `${filter.coverage.month}-31`);
    }
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
