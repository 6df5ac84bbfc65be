import fs from 'node:fs';
import type { BillResult } from '../../../../shared/contract/finance';
import { BILL_REASONS, type BillReason } from '../../../../shared/domain/finance';
import { formatMonth, formatMonthRange, formatRupiah } from '../../../../shared/domain/format';
import { isMonth } from '../../../../shared/domain/months';
import { reliefNote } from '../../../../shared/domain/premiums';
import { Beneficiaries } from './beneficiaries';
import { BILL_PART_SIZE, type BillLine, type BillRecord, type NewBillRow } from '../../platform/db/queries/finance';
import type { Store } from '../../platform/db/store';
import { CakapError, CancelledError, invalidInput, notFound } from '../../platform/errors';
import type { JobIo } from '../../platform/jobs/job';
import { writeListBatch } from '../../platform/lists/batch';
import { ListIssues } from '../../platform/lists/issues';
import { streamTables } from '../../platform/lists/streamTable';
import { columnsOf, type DetectedTable } from '../../platform/lists/table';
import { findMonth } from '../../platform/lists/titleDates';
import { cellText, isBlank, readKpj, readNik, readRupiah, readText } from '../../platform/lists/values';
import { detectSpreadsheetFormat } from '../../platform/spreadsheet/detect';
import { fileHash } from '../../platform/spreadsheet/fileHash';
import type { Cell } from '../../platform/spreadsheet/read';
import { spreadsheetReader } from '../../platform/spreadsheet/readInThread';
import { BillChecker, type BillCheckContext } from './checkBill';
import { Identities } from './identity';
import { BILL_FIELDS, NOT_A_PERSON_FIELD, readMonthCell, type BillField } from './vocabulary';

/**
 * A bill of the BPJS branch ("rincian tagihan iuran") for one program and one month, read as the
 * branch writes it (amounts as text, the month in the title, NIKs with spaces or apostrophes, KPJ
 * only) and checked row by row against Cakap's data (checkBill.ts). Everything is one batch: the bill's
 * figures, every row with its reason, the beneficiaries it did not bill, its issues; or nothing.
 * A second bill for the same program and month is a correction: both are kept and the newer counts.
 */

export interface BillImportOptions {
  file: string;
  displayName: string;
  programId: number;
  /** "YYYY-MM"; when absent, the month the title gives. */
  month?: string;
  actor: string;
  now: Date;
  /** At most this many issues are returned (all are stored). */
  issueLimit?: number;
}

/** The most one bill row may carry (a BPU premium is tens of thousands of Rupiah). */
const MAX_ROW_AMOUNT = 100_000_000;

const emptyByReason = () => Object.fromEntries(BILL_REASONS.map((r) => [r, 0])) as Record<BillReason, number>;

export async function importBill(store: Store, options: BillImportOptions, io?: JobIo): Promise<BillResult> {
  const program = store.programs.byId(options.programId);
  if (!program) throw notFound(`Program #${options.programId} tidak ada; tidak ada yang diubah. Lihat daftar program: npm run cakap -- program list.`);
  const requireInPeriod = (month: string) => {
    if (month < program.period_from || month > program.period_to) {
      throw invalidInput(
        `Bulan ${formatMonth(month)} di luar masa program "${program.name}" (${formatMonthRange(program.period_from, program.period_to)}); tagihan tidak diperiksa dan tidak ada yang diubah.`,
      );
    }
  };
  if (options.month !== undefined) {
    if (!isMonth(options.month)) throw invalidInput(`Bulan "${options.month}" tidak valid; tulis TTTT-BB, misalnya 2026-11.`);
    requireInPeriod(options.month);
  }
  const isCsv = detectSpreadsheetFormat(options.file, options.displayName) === 'csv';
  const fileSize = fs.statSync(options.file).size;
  const base = { file: options.displayName, program: program.id, programName: program.name };

  // Only a file the size of one read before can be that file again: that case is hashed first.
  let hash: string | null = null;
  if (store.imports.activeOfSize(fileSize)) {
    hash = await fileHash(options.file);
    const previous = store.imports.activeByHash(hash);
    if (previous) return repeated(store, previous, base, options.month ?? null);
  }

  // A big bill's parsing starts now, in its own thread, while this one loads the program's beneficiaries.
  const reader = spreadsheetReader(options.file, options.displayName);
  const benefits = program.benefits.split(',');
  const premiumOf = { premium: program.premium, source: program.source as never, benefits };
  const log = new ListIssues(isCsv);
  const identities = new Identities(store);
  const memberBatch = store.bpjs.latestMembersBatch();
  const memberListAsOf = memberBatch === null ? null : (store.finance.memberListAsOf(memberBatch) ?? null);
  const beneficiaries = new Beneficiaries(store, program.id);
  const elsewhere = new Map<string, ReadonlyMap<string, { program: string; batchId: number; row: number }>>();
  const context: BillCheckContext = {
    program: { ...premiumOf, id: program.id, name: program.name },
    beneficiaries,
    deaths: store.finance.deaths(),
    employed: memberBatch === null ? null : new Set(store.finance.activePuNiks(memberBatch)),
    memberListAsOf,
    billedElsewhere(month) {
      let ofMonth = elsewhere.get(month);
      if (!ofMonth) {
        ofMonth = store.finance.billedElsewhere(month, program.id);
        elsewhere.set(month, ofMonth);
      }
      return ofMonth;
    },
  };
  const checker = new BillChecker(context);

  let month: string | null = options.month ?? null;
  // Every row goes into a part (JSON, BILL_PART_SIZE rows each) as it is checked; the rows not to be paid
  // are also kept one by one, for the page's lists and the minute.
  const parts: string[] = [];
  let part: BillLine[] = [];
  let rowCount = 0;
  const exceptions: NewBillRow[] = [];
  const paying: string[] = [];
  const sheets: { name: string; headers: string[] }[] = [];
  const persons = new Set<string>();
  const billedNiks = new Set<string>();
  const counts = emptyByReason();
  const amounts = emptyByReason();
  let billedAmount = 0;
  let rejected = 0;
  let warnings = 0;
  let rowsRead = 0;
  let fraction = 0;
  let lastTick = 0;
  // A bill repeats a handful of amounts ("Rp 16.800,-") a hundred thousand times: each is read once.
  const amountsRead = new Map<Cell, ReturnType<typeof readRupiah>>();
  const readAmount = (cell: Cell | undefined) => {
    if (cell === undefined || cell === null || cell instanceof Date) return readRupiah(cell, 'Iuran');
    let read = amountsRead.get(cell);
    if (!read) {
      read = readRupiah(cell, 'Iuran');
      if (amountsRead.size < 1_000) amountsRead.set(cell, read);
    }
    return read;
  };
  let columns: Partial<Record<BillField, number>> = {};
  let headers: string[] = [];
  let precise = false;

  try {
    await streamTables(
      reader,
      {
        vocabulary: BILL_FIELDS,
        required: ['amount'],
        anyOf: ['nik', 'kpj'],
        keyField: 'nik',
        detect: { exclude: NOT_A_PERSON_FIELD },
        onTable(sheet, table: DetectedTable<BillField>, titles, sample) {
          columns = columnsOf(table);
          if (columns.claimType !== undefined) {
            throw invalidInput(`Berkas "${options.displayName}" adalah daftar klaim (ada kolom jenis klaim), bukan rincian tagihan iuran; impor dengan perintah claims atau di tab Klaim.`);
          }
          headers = table.columns.map((c) => c.header);
          sheets.push({ name: sheet, headers });
          const numbers = columns.nik === undefined ? [] : sample.map((r) => r[columns.nik!]).filter((c): c is number => typeof c === 'number');
          precise = numbers.some((n) => n % 10 !== 0);
          const titled = findMonth([...titles, sheet, options.displayName]);
          if (month === null) {
            if (!titled) {
              throw invalidInput(`Bulan tagihan tidak tertulis di judul atau nama berkas "${options.displayName}"; sebutkan bulannya (--month TTTT-BB, misalnya --month 2026-11). Tidak ada yang diubah.`);
            }
            requireInPeriod(titled);
            month = titled;
          } else if (titled && titled !== month && sheets.length === 1) {
            log.general('warning', sheet, 'MONTH_TITLE_DIFFERS', `Judul berkas menyebut ${formatMonth(titled)}, tetapi tagihan diperiksa sebagai ${formatMonth(month)} sesuai bulan yang dipilih.`);
          }
        },
        onRow(sheet, row) {
          if ((++rowsRead & 1023) === 0) {
            if (io?.signal.cancelled) throw new CancelledError();
            const now = Date.now();
            if (now - lastTick > 150) {
              lastTick = now;
              io?.progress({ fraction, rows: rowsRead });
            }
          }
          takeRow(sheet, row.rowNumber, row.cells);
        },
        onSheetWithout: () => {},
        onSkipped: (sheet, skipped) => log.skippedRows(sheet, skipped),
      },
      {
        displayName: options.displayName,
        onBytes: (read, total) => (fraction = total > 0 ? read / total : 0),
        onHash: (sha) => (hash ??= sha),
      },
    );
  } finally {
    reader.stop();
  }

  function strangerDetail(workerId: number | null, rowMonth: string): string {
    if (workerId === null) return 'tidak ada di data pekerja Cakap';
    const other = store.programs.enrollmentsOfWorker(workerId).find((e) => e.month_from <= rowMonth && rowMonth <= e.month_to);
    return other ? `penerima program "${other.program_name}", bukan program ini` : 'tercatat di data pekerja, tetapi bukan penerima program ini';
  }

  /** A problem of one row in one column (or the whole row), with the row's cells when it is not counted. */
  function problem(sheet: string, rowNumber: number, severity: 'error' | 'warning', column: number | undefined, code: string, text: string, raw: readonly Cell[] | null): void {
    log.row(severity, sheet, rowNumber, column ?? null, column === undefined ? undefined : headers[column], code, text, raw);
  }

  /** The amount of a row: its amount column, or JKK + JKM; null when the row is not counted (said in an issue). */
  function rowAmount(sheet: string, rowNumber: number, cells: Cell[]): number | null {
    const split = columns.amount === undefined;
    let amount = 0;
    for (const column of split ? [columns.jkk, columns.jkm] : [columns.amount]) {
      if (column === undefined) continue;
      const read = readAmount(cells[column]);
      if (!read.ok) {
        problem(sheet, rowNumber, 'error', column, read.code, `${read.text} Baris ini tidak dihitung.`, cells);
        return null;
      }
      if (read.value === null && !split) {
        problem(sheet, rowNumber, 'error', column, 'AMOUNT_MISSING', 'Iuran kosong; baris ini tidak dihitung.', cells);
        return null;
      }
      // No contribution of one person for one month comes near this: a typo or a total in the wrong column.
      if (read.value !== null && read.value > MAX_ROW_AMOUNT) {
        problem(sheet, rowNumber, 'error', column, 'AMOUNT_IMPLAUSIBLE', `Iuran ${formatRupiah(read.value)} tidak masuk akal untuk satu orang satu bulan; baris ini tidak dihitung.`, cells);
        return null;
      }
      amount += read.value ?? 0;
    }
    return amount;
  }

  // The hot path: a hundred thousand rows. Columns are looked up once per table, nothing is built per row
  // that is not kept.
  function takeRow(sheet: string, rowNumber: number, cells: Cell[]): void {
    const { nik: cNik, kpj: cKpj, month: cMonth, name: cName } = columns;
    const nikCell = cNik === undefined ? undefined : cells[cNik];
    const kpjCell = cKpj === undefined ? undefined : cells[cKpj];
    // A group title or an empty line inside the list: nobody and no money.
    if (isBlank(nikCell) && isBlank(kpjCell) && [columns.amount, columns.jkk, columns.jkm].every((c) => c === undefined || isBlank(cells[c]))) return;
    const amount = rowAmount(sheet, rowNumber, cells);
    if (amount === null) {
      rejected++;
      return;
    }

    let warned = false;
    let nik: string | null = null;
    let unidentified: string | null = null;
    if (!isBlank(nikCell)) {
      const read = readNik(nikCell, precise);
      if (read.ok) nik = read.value;
      else {
        problem(sheet, rowNumber, 'warning', cNik, read.code, read.text, null);
        warned = true;
      }
    }
    let kpj: string | null = null;
    if (!isBlank(kpjCell)) {
      const read = readKpj(kpjCell);
      if (read.ok) kpj = read.value;
      else {
        problem(sheet, rowNumber, 'warning', cKpj, read.code, read.text, null);
        warned = true;
      }
    }
    if (nik === null && kpj !== null) {
      nik = identities.nikOfKpj(kpj);
      if (nik === null) {
        unidentified = `KPJ ${kpj} tidak ada di daftar peserta BPJS maupun data pekerja Cakap`;
        problem(sheet, rowNumber, 'warning', cKpj, 'KPJ_UNKNOWN', `KPJ ${kpj} tidak ditemukan di daftar peserta BPJS maupun data pekerja; orangnya tidak dapat dikenali.`, null);
        warned = true;
      }
    } else if (nik === null) {
      unidentified = 'NIK dan KPJ kosong atau tidak terbaca';
    }

    const billMonth = month!;
    let rowMonth = billMonth;
    if (cMonth !== undefined) {
      const read = readMonthCell(cells[cMonth]);
      if (read === undefined) {
        problem(sheet, rowNumber, 'warning', cMonth, 'MONTH_INVALID', `Bulan "${cellText(cells[cMonth])}" tidak terbaca; diperiksa sebagai ${formatMonth(billMonth)}.`, null);
        warned = true;
      } else if (read !== null && read !== billMonth) {
        rowMonth = read;
        problem(sheet, rowNumber, 'warning', cMonth, 'MONTH_OTHER', `Baris ini untuk ${formatMonth(read)}, bukan ${formatMonth(billMonth)}; diperiksa untuk bulannya sendiri.`, null);
        warned = true;
      }
    }

    const verdict = checker.check(nik, rowMonth, amount, rowNumber, unidentified);
    if (warned) warnings++;
    billedAmount += amount;
    persons.add(nik ?? (kpj ? `kpj:${kpj}` : `baris:${sheet}:${rowNumber}`));
    if (nik !== null) billedNiks.add(nik);
    const reason = verdict.reason;
    if (reason !== null) {
      counts[reason]++;
      amounts[reason] += verdict.exceptionAmount;
    }
    if (nik !== null && (reason === null || reason === 'wrongAmount')) paying.push(`${rowMonth} ${nik} ${rowNumber}`);
    const beneficiary = nik === null ? undefined : beneficiaries.get(nik);
    const workerId = beneficiary ? beneficiary.worker_id : nik === null ? null : identities.workerId(nik);
    // Who the stranger is, as far as Cakap knows: another program's beneficiary, a listed worker, or nobody.
    const detail = reason === 'notEnrolled' && unidentified === null ? strangerDetail(workerId, rowMonth) : verdict.detail;
    const name = cName === undefined ? null : readText(cells[cName], 150);
    part.push([sheets.length - 1, rowNumber, rowMonth, workerId, nik, kpj, name, amount, verdict.expected, reason, verdict.exceptionAmount, detail]);
    rowCount++;
    if (part.length === BILL_PART_SIZE) {
      parts.push(JSON.stringify(part));
      part = [];
    }
    if (reason !== null) exceptions.push([0, sheet, rowNumber, rowMonth, workerId, nik, kpj, name, amount, verdict.expected, reason, verdict.exceptionAmount, detail]);
  }

  if (part.length > 0) parts.push(JSON.stringify(part));
  if (sheets.length === 0 || month === null) {
    throw new CakapError(
      'NOT_A_BILL',
      `Berkas "${options.displayName}" bukan rincian tagihan iuran: tidak ada baris judul kolom dengan NIK atau KPJ dan jumlah iuran. Tidak ada yang diubah.`,
    );
  }
  const billMonth: string = month;

  // Who the program pays for this month, and who of them the bill left out.
  let expectedWorkers = 0;
  let expectedAmount = 0;
  const unbilled: number[] = [];
  for (const b of beneficiaries.values()) {
    if (billMonth < b.month_from || billMonth > b.month_to) continue;
    expectedWorkers++;
    expectedAmount += checker.expected(billMonth, b.occupation).amount;
    if (!billedNiks.has(b.nik)) unbilled.push(b.worker_id);
  }
  const exceptionAmount = BILL_REASONS.reduce((n, r) => n + amounts[r], 0);
  const replaces = store.finance.latestBill(program.id, billMonth);
  const notes = [
    ...(replaces !== null ? [`Tagihan ini koreksi atas tagihan impor #${replaces} untuk bulan yang sama; tagihan ini yang berlaku.`] : []),
    ...(memberBatch === null ? ['Belum ada daftar peserta BPJS: alasan "peserta penerima upah" tidak dapat diperiksa.'] : []),
    ...[reliefNote(premiumOf, billMonth)].filter((n): n is string => n !== null),
  ];
  const record: BillRecord = {
    batch_id: 0,
    program_id: program.id,
    month: billMonth,
    premium: program.premium,
    billed_workers: persons.size,
    billed_amount: billedAmount,
    expected_workers: expectedWorkers,
    expected_amount: expectedAmount,
    exception_amount: exceptionAmount,
    payable: billedAmount - exceptionAmount,
    not_billed: unbilled.length,
    counts: JSON.stringify({ ...counts, notBilled: unbilled.length }),
    amounts: JSON.stringify(amounts),
    row_count: rowCount,
    paying: paying.join('\n'),
    member_list_as_of: memberListAsOf,
    notes: JSON.stringify(notes),
  };
  hash ??= await fileHash(options.file);
  const batchId = writeListBatch(
    store,
    {
      kind: 'bill',
      fileName: options.displayName,
      fileHash: hash,
      fileSize,
      actor: options.actor,
      createdAt: options.now.toISOString(),
      sheets,
      counts: { accepted: rowCount, updated: 0, unchanged: 0, rejected, warnings },
      audit: {
        action: 'finance.bill',
        detail: { programId: program.id, program: program.name, month: billMonth, billedAmount, exceptionAmount, payable: record.payable, replaces },
      },
    },
    log,
    (id) => {
      store.finance.insertBill({ ...record, batch_id: id });
      parts.forEach((lines, n) => store.finance.insertBillPart(id, n, lines));
      for (const row of exceptions) {
        row[0] = id;
        store.finance.insertBillRow(row);
      }
      for (const workerId of unbilled) store.finance.insertUnbilled(id, workerId);
    },
  );
  io?.progress({ fraction: 1, rows: rowsRead });
  const limit = options.issueLimit ?? Number.POSITIVE_INFINITY;
  return {
    ...base,
    batchId,
    month: billMonth,
    billedWorkers: record.billed_workers,
    billedAmount,
    expectedWorkers,
    expectedAmount,
    exceptions: { ...counts, notBilled: unbilled.length },
    exceptionAmounts: amounts,
    exceptionAmount,
    payable: record.payable,
    warnings,
    rejected,
    issues: log.issues.slice(0, limit),
    issueCount: log.stored.length,
    duplicateOf: null,
    replaces,
  };
}

/** The same file again: nothing changes; the earlier bill's figures are given back when it was one. */
function repeated(store: Store, previous: { id: number; created_at: string }, base: { file: string; program: number; programName: string }, month: string | null): BillResult {
  const bill = store.finance.bill(previous.id);
  const counts = bill ? (JSON.parse(bill.counts) as BillResult['exceptions']) : { ...emptyByReason(), notBilled: 0 };
  return {
    ...base,
    ...(bill ? { program: bill.program_id, programName: bill.program_name } : {}),
    batchId: null,
    month: bill?.month ?? month ?? '',
    billedWorkers: bill?.billed_workers ?? 0,
    billedAmount: bill?.billed_amount ?? 0,
    expectedWorkers: bill?.expected_workers ?? 0,
    expectedAmount: bill?.expected_amount ?? 0,
    exceptions: counts,
    exceptionAmounts: bill ? (JSON.parse(bill.amounts) as BillResult['exceptionAmounts']) : emptyByReason(),
    exceptionAmount: bill?.exception_amount ?? 0,
    payable: bill?.payable ?? 0,
    warnings: 0,
    rejected: 0,
    issues: [],
    issueCount: 0,
    duplicateOf: { batchId: previous.id, createdAt: previous.created_at },
    replaces: null,
  };
}
