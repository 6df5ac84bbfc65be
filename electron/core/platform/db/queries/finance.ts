import type { Db } from '../open';

export interface RegistrationCandidate {
  worker_id: number;
  nik: string;
  name: string;
  birth_date: string | null;
  birth_place: string | null;
  sex: 'L' | 'P' | null;
  address: string | null;
  phone: string | null;
  occupation: string | null;
  kpj: string | null;
  district_name: string | null;
  village_name: string | null;
  month_from: string;
  month_to: string;
  /** The last day the worker was sent for this program, or null. */
  sent_on: string | null;
  /** Active on the newest BPJS participant list. */
  registered: number;
}

export interface Beneficiary {
  worker_id: number;
  nik: string;
  occupation: string | null;
  month_from: string;
  month_to: string;
}

export interface BillRecord {
  batch_id: number;
  program_id: number;
  month: string;
  premium: number;
  billed_workers: number;
  billed_amount: number;
  expected_workers: number;
  expected_amount: number;
  exception_amount: number;
  payable: number;
  not_billed: number;
  counts: string;
  amounts: string;
  row_count: number;
  paying: string;
  member_list_as_of: string | null;
  notes: string;
}

export interface BillListRow extends BillRecord {
  file_name: string;
  created_at: string;
  actor: string;
  program_name: string;
  replaced_by: number | null;
  paid: number;
}

/** Rows of a bill per bill_parts row. */
export const BILL_PART_SIZE = 2_000;

/** A bill row after the check: where it stood, whom and what it bills, and the verdict. */
type CheckedRow = [
  row: number,
  month: string,
  workerId: number | null,
  nik: string | null,
  kpj: string | null,
  name: string | null,
  amount: number,
  expected: number | null,
  reason: string | null,
  exceptionAmount: number,
  detail: string | null,
];

/** One row as bill_parts keep it (JSON), its sheet by index into the batch's sheets. */
export type BillLine = [sheetIndex: number, ...row: CheckedRow];

/** A row not to be paid, as bill_rows keep it. */
export type NewBillRow = [batchId: number, sheet: string, ...row: CheckedRow];

export interface BillRowView {
  sheet: string;
  row: number | null;
  month: string;
  nik: string | null;
  kpj: string | null;
  name: string | null;
  village_name: string | null;
  amount: number | null;
  expected: number | null;
  reason: string | null;
  exception_amount: number;
  detail: string | null;
}

export interface PaymentRow {
  id: number;
  program_id: number;
  program_name: string;
  month: string;
  amount: number;
  paid_on: string;
  reference: string;
  reference_key: string;
  actor: string;
  created_at: string;
  removed_at: string | null;
  removed_by: string | null;
  removed_reason: string | null;
}

export interface NewClaim {
  batch_id: number;
  sheet: string;
  row: number;
  nik: string | null;
  kpj: string | null;
  name: string | null;
  type: string;
  event_date: string | null;
  paid_date: string | null;
  amount: number;
  claim_key: string;
}

export interface ClaimView {
  id: number;
  batch_id: number;
  type: string;
  nik: string | null;
  kpj: string | null;
  name: string | null;
  event_date: string | null;
  paid_date: string | null;
  amount: number;
  worker_name: string | null;
  village_name: string | null;
  program_id: number | null;
  program_name: string | null;
}

/** The bill that counts for a program and month: the newest (an undone bill's rows are gone). */
const COUNTING = 'b.batch_id = (SELECT MAX(b2.batch_id) FROM bills b2 WHERE b2.program_id = b.program_id AND b2.month = b.month)';
/** The program that paid a claimant's contributions in the month of the event (the lowest id when two did). */
const FUNDING_PROGRAM = `(SELECT MIN(e.program_id) FROM enrollments e WHERE e.worker_id = w.id AND substr(COALESCE(c.event_date, c.paid_date), 1, 7) BETWEEN e.month_from AND e.month_to)`;

/**
 * The loop with the BPJS branch: registrations sent, bills and their rows, payments, claims. Bills
 * and claims are import batches (queries/imports.ts holds the batch record itself).
 */
export function financeQueries(db: Db) {
  const candidates = db.prepare<[number, number], RegistrationCandidate>(
    `SELECT w.id AS worker_id, w.nik, w.name, w.birth_date, w.birth_place, w.sex, w.address, w.phone, w.occupation, w.kpj,
       d.name AS district_name, v.name AS village_name, e.month_from, e.month_to,
       (SELECT MAX(s.sent_on) FROM registration_sent s WHERE s.program_id = e.program_id AND s.worker_id = w.id) AS sent_on,
       EXISTS (SELECT 1 FROM bpjs_members m WHERE m.batch_id = ? AND m.nik = w.nik AND m.active = 1) AS registered
     FROM enrollments e JOIN workers w ON w.id = e.worker_id
     LEFT JOIN regions v ON v.code = w.village_code LEFT JOIN regions d ON d.code = COALESCE(w.district_code, v.parent_code)
     WHERE e.program_id = ?
     ORDER BY d.name, v.name, w.name COLLATE NOCASE`,
  );
  const insertSent = db.prepare<[number, number, string, string, string, string]>(
    'INSERT INTO registration_sent (program_id, worker_id, file_name, sent_on, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const registrations = db.prepare<[number, number | null, number | null, number, number], { program_id: number; program_name: string; file_name: string; sent_on: string; actor: string; rows: number; still: number }>(
    `SELECT s.program_id, p.name AS program_name, s.file_name, s.sent_on, s.actor, COUNT(*) AS rows,
       SUM(NOT EXISTS (SELECT 1 FROM workers w JOIN bpjs_members m ON m.nik = w.nik WHERE w.id = s.worker_id AND m.batch_id = ? AND m.active = 1)) AS still
     FROM registration_sent s JOIN programs p ON p.id = s.program_id
     WHERE ? IS NULL OR s.program_id = ?
     GROUP BY s.program_id, s.created_at, s.file_name ORDER BY s.created_at DESC, MAX(s.id) DESC LIMIT ? OFFSET ?`,
  );
  const registrationCount = db.prepare<[number | null, number | null], number>(
    'SELECT COUNT(*) FROM (SELECT 1 FROM registration_sent s WHERE ? IS NULL OR s.program_id = ? GROUP BY s.program_id, s.created_at, s.file_name)',
  ).pluck();
  // Sent on or before the cutoff, enrolled this month, and still not active on the newest participant list.
  const awaiting = (memberBatch: number | null) =>
    `FROM workers w JOIN (SELECT worker_id, MAX(sent_on) AS sent_on FROM registration_sent GROUP BY worker_id) s ON s.worker_id = w.id
     LEFT JOIN regions v ON v.code = w.village_code
     WHERE s.sent_on <= ? AND EXISTS (SELECT 1 FROM enrollments e WHERE e.worker_id = w.id AND ? BETWEEN e.month_from AND e.month_to)
       ${memberBatch === null ? '' : 'AND NOT EXISTS (SELECT 1 FROM bpjs_members m WHERE m.batch_id = ? AND m.nik = w.nik AND m.active = 1)'}`;

  // Raw rows (arrays, not objects): a hundred thousand beneficiaries load in a third of the time.
  const beneficiaries = db
    .prepare<[number], [number, string, string | null, string, string]>(
      `SELECT e.worker_id, w.nik, w.occupation, e.month_from, e.month_to FROM enrollments e JOIN workers w ON w.id = e.worker_id WHERE e.program_id = ?`,
    )
    .raw();
  const beneficiaryCount = db.prepare<[number], number>('SELECT COUNT(*) FROM enrollments WHERE program_id = ?').pluck();
  const activePu = db.prepare<[number], string>("SELECT nik FROM bpjs_members WHERE batch_id = ? AND active = 1 AND segment = 'PU'").pluck();
  const deaths = db.prepare<[], { nik: string; event_date: string }>(
    "SELECT nik, MIN(event_date) AS event_date FROM claims WHERE type = 'JKM' AND nik IS NOT NULL AND event_date IS NOT NULL GROUP BY nik",
  );
  // The counting bills of other programs that pay someone for this month.
  const payingElsewhere = db.prepare<[number, string], { program_name: string; batch_id: number; paying: string }>(
    `SELECT p.name AS program_name, b.batch_id, b.paying FROM bills b JOIN programs p ON p.id = b.program_id
     WHERE b.program_id <> ? AND instr(b.paying, ?) > 0 AND ${COUNTING}`,
  );
  const nikByMemberKpj = db.prepare<[string], string>(
    `SELECT m.nik FROM bpjs_members m JOIN import_batches ib ON ib.id = m.batch_id WHERE m.kpj = ? AND ib.undone_at IS NULL ORDER BY m.batch_id DESC LIMIT 1`,
  ).pluck();
  const workerKpjs = db.prepare<[], { nik: string; kpj: string }>('SELECT nik, kpj FROM workers WHERE kpj IS NOT NULL');
  const latestBill = db.prepare<[number, string], number>('SELECT MAX(batch_id) FROM bills WHERE program_id = ? AND month = ?').pluck();
  const insertBill = db.prepare(
    `INSERT INTO bills (batch_id, program_id, month, premium, billed_workers, billed_amount, expected_workers, expected_amount, exception_amount, payable, not_billed, counts, amounts, row_count, paying, member_list_as_of, notes)
     VALUES (@batch_id, @program_id, @month, @premium, @billed_workers, @billed_amount, @expected_workers, @expected_amount, @exception_amount, @payable, @not_billed, @counts, @amounts, @row_count, @paying, @member_list_as_of, @notes)`,
  );
  const insertBillRow = db.prepare<NewBillRow>(
    `INSERT INTO bill_rows (batch_id, sheet, row, month, worker_id, nik, kpj, name, amount, expected, reason, exception_amount, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertUnbilled = db.prepare<[number, number]>('INSERT INTO bill_unbilled (batch_id, worker_id) VALUES (?, ?)');
  const insertPart = db.prepare<[number, number, string]>('INSERT INTO bill_parts (batch_id, part, lines) VALUES (?, ?, ?)');
  const partsBetween = db.prepare<[number, number, number], string>('SELECT lines FROM bill_parts WHERE batch_id = ? AND part BETWEEN ? AND ? ORDER BY part').pluck();
  const sheetsOf = db.prepare<[number], string>('SELECT sheets FROM import_batches WHERE id = ?').pluck();
  const rowCount = db.prepare<[number], number>('SELECT row_count FROM bills WHERE batch_id = ?').pluck();
  const villagesOf = db.prepare<[string], { id: number; name: string | null }>(
    'SELECT w.id, v.name FROM workers w LEFT JOIN regions v ON v.code = w.village_code WHERE w.id IN (SELECT value FROM json_each(?))',
  );
  const billColumns = `b.batch_id, b.program_id, b.month, b.premium, b.billed_workers, b.billed_amount, b.expected_workers, b.expected_amount, b.exception_amount, b.payable, b.not_billed, b.counts, b.amounts, b.row_count, '' AS paying, b.member_list_as_of, b.notes, ib.file_name, ib.created_at, ib.actor, p.name AS program_name,
       (SELECT MIN(b2.batch_id) FROM bills b2 WHERE b2.program_id = b.program_id AND b2.month = b.month AND b2.batch_id > b.batch_id) AS replaced_by,
       (SELECT COALESCE(SUM(amount), 0) FROM payments pm WHERE pm.program_id = b.program_id AND pm.month = b.month AND pm.removed_at IS NULL) AS paid`;
  const bills = db.prepare<[number | null, number | null, number, number], BillListRow>(
    `SELECT ${billColumns} FROM bills b JOIN import_batches ib ON ib.id = b.batch_id JOIN programs p ON p.id = b.program_id
     WHERE ? IS NULL OR b.program_id = ? ORDER BY b.batch_id DESC LIMIT ? OFFSET ?`,
  );
  const billCount = db.prepare<[number | null, number | null], number>('SELECT COUNT(*) FROM bills WHERE ? IS NULL OR program_id = ?').pluck();
  const billByBatch = db.prepare<[number], BillListRow>(
    `SELECT ${billColumns} FROM bills b JOIN import_batches ib ON ib.id = b.batch_id JOIN programs p ON p.id = b.program_id WHERE b.batch_id = ?`,
  );
  const countingBill = db.prepare<[number, string], Pick<BillRecord, 'batch_id' | 'payable'>>(`SELECT b.batch_id, b.payable FROM bills b WHERE b.program_id = ? AND b.month = ? AND ${COUNTING}`);
  const rowColumns = `r.sheet, r.row, r.month, r.nik, r.kpj, r.name, v.name AS village_name, r.amount, r.expected, r.reason, r.exception_amount, r.detail`;
  const unbilled = db.prepare<[number, number, number], BillRowView>(
    `SELECT '' AS sheet, NULL AS row, b.month, w.nik, w.kpj, w.name, v.name AS village_name, NULL AS amount, b.premium AS expected, NULL AS reason, 0 AS exception_amount, NULL AS detail
     FROM bill_unbilled u JOIN bills b ON b.batch_id = u.batch_id JOIN workers w ON w.id = u.worker_id LEFT JOIN regions v ON v.code = w.village_code
     WHERE u.batch_id = ? ORDER BY w.name COLLATE NOCASE LIMIT ? OFFSET ?`,
  );
  const unbilledCount = db.prepare<[number], number>('SELECT COUNT(*) FROM bill_unbilled WHERE batch_id = ?').pluck();
  const deleteBill = ['bill_parts', 'bill_rows', 'bill_unbilled', 'bills'].map((table) => db.prepare<[number]>(`DELETE FROM ${table} WHERE batch_id = ?`));

  const paymentColumns = 'pm.*, p.name AS program_name';
  const insertPayment = db.prepare(
    `INSERT INTO payments (program_id, month, amount, paid_on, reference, reference_key, actor, created_at)
     VALUES (@program_id, @month, @amount, @paid_on, @reference, @reference_key, @actor, @created_at)`,
  );
  const paymentById = db.prepare<[number], PaymentRow>(`SELECT ${paymentColumns} FROM payments pm JOIN programs p ON p.id = pm.program_id WHERE pm.id = ?`);
  const paymentByKey = db.prepare<[number, string], PaymentRow>(
    `SELECT ${paymentColumns} FROM payments pm JOIN programs p ON p.id = pm.program_id WHERE pm.program_id = ? AND pm.reference_key = ? AND pm.removed_at IS NULL`,
  );
  const payments = db.prepare<[number | null, number | null, string | null, string | null, number, number], PaymentRow>(
    `SELECT ${paymentColumns} FROM payments pm JOIN programs p ON p.id = pm.program_id
     WHERE (? IS NULL OR pm.program_id = ?) AND (? IS NULL OR substr(pm.month, 1, 4) = ?) ORDER BY pm.id DESC LIMIT ? OFFSET ?`,
  );
  const paymentCount = db.prepare<[number | null, number | null, string | null, string | null], number>(
    'SELECT COUNT(*) FROM payments pm WHERE (? IS NULL OR pm.program_id = ?) AND (? IS NULL OR substr(pm.month, 1, 4) = ?)',
  ).pluck();
  const removePayment = db.prepare<[string, string, string, number]>('UPDATE payments SET removed_at = ?, removed_by = ?, removed_reason = ? WHERE id = ?');
  const paidFor = db.prepare<[number, string], number>('SELECT COALESCE(SUM(amount), 0) FROM payments WHERE program_id = ? AND month = ? AND removed_at IS NULL').pluck();
  const paidTotal = db.prepare<[number], number>('SELECT COALESCE(SUM(amount), 0) FROM payments WHERE program_id = ? AND removed_at IS NULL').pluck();

  const claimKeyExists = db.prepare<[string], number>('SELECT EXISTS (SELECT 1 FROM claims WHERE claim_key = ?)').pluck();
  const insertClaim = db.prepare(
    `INSERT INTO claims (batch_id, sheet, row, nik, kpj, name, type, event_date, paid_date, amount, claim_key)
     VALUES (@batch_id, @sheet, @row, @nik, @kpj, @name, @type, @event_date, @paid_date, @amount, @claim_key)`,
  );
  const fundingProgram = db.prepare<[string, string], number | null>(
    'SELECT MIN(e.program_id) FROM enrollments e JOIN workers w ON w.id = e.worker_id WHERE w.nik = ? AND ? BETWEEN e.month_from AND e.month_to',
  ).pluck();
  const claimColumns = `c.id, c.batch_id, c.type, c.nik, c.kpj, c.name, c.event_date, c.paid_date, c.amount, w.name AS worker_name, v.name AS village_name,
       ${FUNDING_PROGRAM} AS program_id`;
  const claims = db.prepare<[string | null, string | null, string | null, string | null, number, number], ClaimView>(
    `SELECT x.*, p.name AS program_name FROM (
       SELECT ${claimColumns} FROM claims c LEFT JOIN workers w ON w.nik = c.nik LEFT JOIN regions v ON v.code = w.village_code
       WHERE (? IS NULL OR c.type = ?) AND (? IS NULL OR substr(COALESCE(c.paid_date, c.event_date), 1, 4) = ?)
     ) x LEFT JOIN programs p ON p.id = x.program_id ORDER BY COALESCE(x.paid_date, x.event_date) DESC, x.id DESC LIMIT ? OFFSET ?`,
  );
  const claimCount = db.prepare<[string | null, string | null, string | null, string | null], number>(
    'SELECT COUNT(*) FROM claims c WHERE (? IS NULL OR c.type = ?) AND (? IS NULL OR substr(COALESCE(c.paid_date, c.event_date), 1, 4) = ?)',
  ).pluck();
  // Every claim of a worker Cakap holds, with the program that funded them at the event date (or null).
  const fundedClaims = db.prepare<[], { type: string; amount: number; day: string | null; program_id: number | null }>(
    `SELECT c.type, c.amount, COALESCE(c.event_date, c.paid_date) AS day, ${FUNDING_PROGRAM} AS program_id FROM claims c JOIN workers w ON w.nik = c.nik`,
  );
  const deleteClaims = db.prepare<[number]>('DELETE FROM claims WHERE batch_id = ?');

  const countingByProgram = db.prepare<[], { program_id: number; months: number; billed: number; exceptions: number; payable: number }>(
    `SELECT b.program_id, COUNT(*) AS months, SUM(b.billed_amount) AS billed, SUM(b.exception_amount) AS exceptions, SUM(b.payable) AS payable
     FROM bills b WHERE ${COUNTING} GROUP BY b.program_id`,
  );
  const countingFigures = db.prepare<[], { program_id: number; counts: string; amounts: string }>(`SELECT b.program_id, b.counts, b.amounts FROM bills b WHERE ${COUNTING}`);
  const paidByProgram = db.prepare<[], { program_id: number; paid: number; months: number; payments: number }>(
    'SELECT program_id, SUM(amount) AS paid, COUNT(DISTINCT month) AS months, COUNT(*) AS payments FROM payments WHERE removed_at IS NULL GROUP BY program_id',
  );
  const listCounts = db.prepare<[], { kind: string; n: number }>(
    "SELECT kind, COUNT(*) AS n FROM import_batches WHERE kind IN ('bill', 'claims') AND undone_at IS NULL GROUP BY kind",
  );
  const memberListAsOf = db.prepare<[number], string>('SELECT as_of FROM bpjs_members WHERE batch_id = ? LIMIT 1').pluck();
  const usesProgram = db.prepare<[number, number, number], number>(
    `SELECT EXISTS (SELECT 1 FROM bills WHERE program_id = ?) OR EXISTS (SELECT 1 FROM payments WHERE program_id = ?) OR EXISTS (SELECT 1 FROM registration_sent WHERE program_id = ?)`,
  ).pluck();

  /** Every row of a bill, from its parts: a page of them, or those a search finds. */
  function allLines(batchId: number, search: string | undefined, limit: number, offset: number): { rows: BillRowView[]; total: number } {
    const sheets = (JSON.parse(sheetsOf.get(batchId) ?? '[]') as { name: string }[]).map((s) => s.name);
    const text = search?.trim().toLowerCase() ?? '';
    let lines: BillLine[];
    let total: number;
    if (!text) {
      total = rowCount.get(batchId) ?? 0;
      const first = Math.floor(offset / BILL_PART_SIZE);
      const last = Math.floor((offset + limit - 1) / BILL_PART_SIZE);
      const parts = partsBetween.all(batchId, first, last).flatMap((l) => JSON.parse(l) as BillLine[]);
      lines = parts.slice(offset - first * BILL_PART_SIZE, offset - first * BILL_PART_SIZE + limit);
    } else {
      const digits = /^\d+$/.test(text);
      const found = partsBetween.all(batchId, 0, Number.MAX_SAFE_INTEGER).flatMap((l) => (JSON.parse(l) as BillLine[]).filter((x) => (digits ? (x[4] ?? '').startsWith(text) || (x[5] ?? '').startsWith(text) : (x[6] ?? '').toLowerCase().includes(text))));
      total = found.length;
      lines = found.slice(offset, offset + limit);
    }
    const ids = lines.map((x) => x[3]).filter((id): id is number => id !== null);
    const villages = new Map(ids.length === 0 ? [] : villagesOf.all(JSON.stringify(ids)).map((v) => [v.id, v.name]));
    return {
      total,
      rows: lines.map((x) => ({
        sheet: sheets[x[0]] ?? '',
        row: x[1],
        month: x[2],
        nik: x[4],
        kpj: x[5],
        name: x[6],
        village_name: x[3] === null ? null : (villages.get(x[3]) ?? null),
        amount: x[7],
        expected: x[8],
        reason: x[9],
        exception_amount: x[10],
        detail: x[11],
      })),
    };
  }

  return {
    registrationCandidates: (programId: number, memberBatch: number | null) => candidates.all(memberBatch ?? -1, programId),
    insertSent: (programId: number, workerId: number, fileName: string, sentOn: string, actor: string, createdAt: string) =>
      insertSent.run(programId, workerId, fileName, sentOn, actor, createdAt),
    registrations: (programId: number | null, memberBatch: number | null, limit: number, offset: number) => ({
      rows: registrations.all(memberBatch ?? -1, programId, programId, limit, offset),
      total: registrationCount.get(programId, programId)!,
    }),
    /** Workers sent on or before `cutoff`, paid for in `month`, and not yet active on the newest participant list. */
    awaitingRegistration(cutoff: string, month: string, memberBatch: number | null, limit: number, offset: number) {
      const params: unknown[] = memberBatch === null ? [cutoff, month] : [cutoff, month, memberBatch];
      const rows = db
        .prepare<unknown[], { nik: string; name: string; kpj: string | null; village_name: string | null; sent_on: string; program: string | null }>(
          `SELECT w.nik, w.name, w.kpj, v.name AS village_name, s.sent_on,
             (SELECT MIN(p.name) FROM enrollments e JOIN programs p ON p.id = e.program_id WHERE e.worker_id = w.id AND ? BETWEEN e.month_from AND e.month_to) AS program
           ${awaiting(memberBatch)} ORDER BY s.sent_on, w.name COLLATE NOCASE LIMIT ? OFFSET ?`,
        )
        .all(month, ...params, limit, offset);
      const total = db.prepare<unknown[], number>(`SELECT COUNT(*) ${awaiting(memberBatch)}`).pluck().get(...params)!;
      return { rows, total };
    },

    /** A program's beneficiaries, one raw row at a time (a program may have a million). */
    eachBeneficiary: (programId: number): IterableIterator<[number, string, string | null, string, string]> => beneficiaries.iterate(programId),
    beneficiaryCount: (programId: number) => beneficiaryCount.get(programId)!,
    activePuNiks: (memberBatch: number) => activePu.all(memberBatch),
    /** The earliest death each NIK has a JKM claim for. */
    deaths: () => new Map(deaths.all().map((d) => [d.nik, d.event_date])),
    /** Whom the counting bills of other programs pay for this month: NIK -> that program, bill and row. */
    billedElsewhere(month: string, programId: number): Map<string, { program: string; batchId: number; row: number }> {
      const out = new Map<string, { program: string; batchId: number; row: number }>();
      for (const bill of payingElsewhere.all(programId, `${month} `)) {
        for (const line of bill.paying.split('\n')) {
          if (!line.startsWith(month)) continue;
          const [, nik, row] = line.split(' ');
          if (nik && !out.has(nik)) out.set(nik, { program: bill.program_name, batchId: bill.batch_id, row: Number(row) });
        }
      }
      return out;
    },
    nikByMemberKpj: (kpj: string) => nikByMemberKpj.get(kpj) ?? null,
    workerKpjs: () => workerKpjs.iterate(),
    latestBill: (programId: number, month: string) => latestBill.get(programId, month) ?? null,
    insertBill: (bill: BillRecord) => insertBill.run(bill),
    /** A row not to be paid (with its reason). */
    insertBillRow: (row: NewBillRow) => insertBillRow.run(...row),
    insertBillPart: (batchId: number, part: number, lines: string) => insertPart.run(batchId, part, lines),
    insertUnbilled: (batchId: number, workerId: number) => insertUnbilled.run(batchId, workerId),
    bills: (programId: number | null, limit: number, offset: number) => ({ rows: bills.all(programId, programId, limit, offset), total: billCount.get(programId, programId)! }),
    bill: (batchId: number) => billByBatch.get(batchId),
    countingBill: (programId: number, month: string) => countingBill.get(programId, month),
    billRows(batchId: number, view: string, search: string | undefined, limit: number, offset: number): { rows: BillRowView[]; total: number } {
      if (view === 'notBilled') return { rows: unbilled.all(batchId, limit, offset), total: unbilledCount.get(batchId)! };
      if (view === 'all') return allLines(batchId, search, limit, offset);
      const clauses = ['r.batch_id = ?'];
      const params: unknown[] = [batchId];
      if (view !== 'exceptions') {
        clauses.push('r.reason = ?');
        params.push(view);
      }
      if (search?.trim()) {
        const text = search.trim();
        if (/^\d+$/.test(text)) {
          clauses.push('(r.nik LIKE ? OR r.kpj LIKE ?)');
          params.push(`${text}%`, `${text}%`);
        } else {
          clauses.push("r.name LIKE ? ESCAPE '\\'");
          params.push(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        }
      }
      const where = clauses.join(' AND ');
      // The exceptions by reason in the issue's order; a reason's rows in the file's order.
      const order =
        view === 'exceptions'
          ? "CASE r.reason WHEN 'notEnrolled' THEN 1 WHEN 'outsideEnrolment' THEN 2 WHEN 'afterDeath' THEN 3 WHEN 'doubleBilled' THEN 4 WHEN 'employedElsewhere' THEN 5 WHEN 'wrongAmount' THEN 6 ELSE 7 END, r.id"
          : 'r.id';
      const rows = db
        .prepare<unknown[], BillRowView>(`SELECT ${rowColumns} FROM bill_rows r LEFT JOIN workers w ON w.id = r.worker_id LEFT JOIN regions v ON v.code = w.village_code WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...params, limit, offset);
      const total = db.prepare<unknown[], number>(`SELECT COUNT(*) FROM bill_rows r WHERE ${where}`).pluck().get(...params)!;
      return { rows, total };
    },
    /** An undone bill: its rows, the beneficiaries it did not bill, its figures. */
    deleteBill: (batchId: number) => {
      for (const statement of deleteBill) statement.run(batchId);
    },

    insertPayment: (p: Omit<PaymentRow, 'id' | 'program_name' | 'removed_at' | 'removed_by' | 'removed_reason'>) => Number(insertPayment.run(p).lastInsertRowid),
    payment: (id: number) => paymentById.get(id),
    paymentByReference: (programId: number, key: string) => paymentByKey.get(programId, key),
    payments: (programId: number | null, year: number | null, limit: number, offset: number) => {
      const y = year === null ? null : String(year);
      return { rows: payments.all(programId, programId, y, y, limit, offset), total: paymentCount.get(programId, programId, y, y)! };
    },
    removePayment: (id: number, at: string, by: string, reason: string) => removePayment.run(at, by, reason, id),
    paidFor: (programId: number, month: string) => paidFor.get(programId, month)!,
    paidTotal: (programId: number) => paidTotal.get(programId)!,

    claimRecorded: (key: string) => claimKeyExists.get(key) === 1,
    insertClaim: (claim: NewClaim) => insertClaim.run(claim),
    fundingProgram: (nik: string, month: string) => fundingProgram.get(nik, month) ?? null,
    claims: (type: string | null, year: number | null, limit: number, offset: number) => {
      const y = year === null ? null : String(year);
      return { rows: claims.all(type, type, y, y, limit, offset), total: claimCount.get(type, type, y, y)! };
    },
    fundedClaims: () => fundedClaims.all(),
    deleteClaims: (batchId: number) => deleteClaims.run(batchId).changes,

    memberListAsOf: (memberBatch: number) => memberListAsOf.get(memberBatch),
    countingByProgram: () => countingByProgram.all(),
    /** Per bill that counts: its program, rows per reason and Rupiah withheld per reason (JSON). */
    countingFigures: () => countingFigures.all(),
    paidByProgram: () => paidByProgram.all(),
    listCounts: () => Object.fromEntries(listCounts.all().map((r) => [r.kind, r.n])) as Partial<Record<'bill' | 'claims', number>>,
    /** Whether a program has bills, payments or registrations (it cannot be deleted then). */
    usesProgram: (programId: number) => usesProgram.get(programId, programId, programId) === 1,
  };
}
