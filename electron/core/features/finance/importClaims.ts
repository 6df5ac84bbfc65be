import fs from 'node:fs';
import type { ClaimsResult } from '../../../../shared/contract/finance';
import { CLAIM_TYPES, type ClaimType } from '../../../../shared/domain/finance';
import { formatRupiah } from '../../../../shared/domain/format';
import type { NewClaim } from '../../platform/db/queries/finance';
import type { Store } from '../../platform/db/store';
import { CakapError, CancelledError } from '../../platform/errors';
import type { JobIo } from '../../platform/jobs/job';
import { writeListBatch } from '../../platform/lists/batch';
import { ListIssues } from '../../platform/lists/issues';
import { streamTables } from '../../platform/lists/streamTable';
import { columnsOf } from '../../platform/lists/table';
import { cellText, isBlank, readDate, readKpj, readNik, readRupiah, readText } from '../../platform/lists/values';
import { detectSpreadsheetFormat } from '../../platform/spreadsheet/detect';
import { fileHash } from '../../platform/spreadsheet/fileHash';
import type { Cell } from '../../platform/spreadsheet/read';
import { spreadsheetReader } from '../../platform/spreadsheet/readInThread';
import { Identities } from './identity';
import { CLAIM_FIELDS, NOT_A_PERSON_FIELD, readClaimType, type ClaimField } from './vocabulary';

/**
 * The branch's claim list: who received which benefit (JKK, JKM, JHT, JKP, scholarship), when it
 * happened, when it was paid, how much. Each claim is matched to Cakap's workers by NIK (or by KPJ
 * through a participant list); the program that funded them at the event date is found when the
 * figures are read (summary.ts), so a later enrolment or list changes nothing here. Branches send
 * cumulative lists: a claim already recorded (same person, type, event date, amount) is not counted again.
 */

/** No single benefit comes near this (a JKK claim's care has no ceiling, but not Rp 10 miliar). */
const MAX_CLAIM = 10_000_000_000;

export interface ClaimsImportOptions {
  file: string;
  displayName: string;
  actor: string;
  now: Date;
  issueLimit?: number;
}

export async function importClaims(store: Store, options: ClaimsImportOptions, io?: JobIo): Promise<ClaimsResult> {
  const isCsv = detectSpreadsheetFormat(options.file, options.displayName) === 'csv';
  const fileSize = fs.statSync(options.file).size;
  const byType = () => Object.fromEntries(CLAIM_TYPES.map((t) => [t, { count: 0, amount: 0 }])) as ClaimsResult['byType'];
  const result: ClaimsResult = {
    file: options.displayName,
    batchId: null,
    accepted: 0,
    rejected: 0,
    alreadyRecorded: 0,
    matched: 0,
    funded: 0,
    byType: byType(),
    warnings: 0,
    issues: [],
    issueCount: 0,
    duplicateOf: null,
  };
  let hash: string | null = null;
  if (store.imports.activeOfSize(fileSize)) {
    hash = await fileHash(options.file);
    const previous = store.imports.activeByHash(hash);
    if (previous) return { ...result, duplicateOf: { batchId: previous.id, createdAt: previous.created_at } };
  }

  const log = new ListIssues(isCsv);
  const identities = new Identities(store);
  const claims: NewClaim[] = [];
  const seen = new Map<string, string>();
  const sheets: { name: string; headers: string[] }[] = [];
  let columns: Partial<Record<ClaimField, number>> = {};
  let headers: string[] = [];
  let precise = false;
  let rows = 0;

  const reader = spreadsheetReader(options.file, options.displayName);
  try {
    await streamTables(
      reader,
      {
        vocabulary: CLAIM_FIELDS,
        required: ['type', 'amount'],
        anyOf: ['nik', 'kpj'],
        keyField: 'nik',
        detect: { exclude: NOT_A_PERSON_FIELD },
        onTable(sheet, table, _titles, sample) {
          columns = columnsOf(table);
          headers = table.columns.map((c) => c.header);
          sheets.push({ name: sheet, headers });
          precise = columns.nik !== undefined && sample.some((r) => typeof r[columns.nik!] === 'number' && (r[columns.nik!] as number) % 10 !== 0);
        },
        onRow(sheet, row) {
          if ((++rows & 1023) === 0 && io?.signal.cancelled) throw new CancelledError();
          takeRow(sheet, row.rowNumber, row.cells);
        },
        onSkipped: (sheet, skipped) => log.skippedRows(sheet, skipped),
      },
      { displayName: options.displayName, onHash: (sha) => (hash ??= sha) },
    );
  } finally {
    reader.stop();
  }

  function takeRow(sheet: string, rowNumber: number, cells: Cell[]): void {
    const at = (f: ClaimField) => (columns[f] === undefined ? undefined : cells[columns[f]!]);
    if (isBlank(at('nik')) && isBlank(at('kpj')) && isBlank(at('amount')) && isBlank(at('type'))) return;
    const problem = (severity: 'error' | 'warning', field: ClaimField, code: string, text: string, raw: readonly Cell[] | null) =>
      log.row(severity, sheet, rowNumber, columns[field] ?? null, columns[field] === undefined ? undefined : headers[columns[field]!], code, text, raw);
    const reject = (field: ClaimField, code: string, text: string) => {
      problem('error', field, code, text, cells);
      result.rejected++;
    };

    const type = readClaimType(at('type'));
    if (!type) return reject('type', 'CLAIM_TYPE_UNKNOWN', `Jenis klaim "${cellText(at('type'))}" tidak dikenal; tulis JKK, JKM, JHT, JKP atau beasiswa.`);
    const amount = readRupiah(at('amount'), 'Jumlah klaim');
    if (!amount.ok) return reject('amount', amount.code, amount.text);
    if (amount.value === null) return reject('amount', 'AMOUNT_MISSING', 'Jumlah klaim kosong.');
    if (amount.value > MAX_CLAIM) return reject('amount', 'AMOUNT_IMPLAUSIBLE', `Jumlah klaim ${formatRupiah(amount.value)} tidak masuk akal untuk satu klaim.`);

    let warned = false;
    const dateOf = (field: 'eventDate' | 'paidDate', what: string): string | null => {
      const read = readDate(at(field), options.now, 'event');
      if (read.ok) return read.value;
      problem('warning', field, read.code, `${what}: ${read.text}`, null);
      warned = true;
      return null;
    };
    const eventDate = dateOf('eventDate', 'Tanggal kejadian');
    const paidDate = dateOf('paidDate', 'Tanggal bayar');
    if (type === 'JKM' && eventDate === null) {
      problem('warning', 'eventDate', 'DEATH_DATE_MISSING', 'Klaim JKM tanpa tanggal meninggal: tidak dapat dipakai untuk memeriksa tagihan sesudah meninggal.', null);
      warned = true;
    }

    let nik: string | null = null;
    if (!isBlank(at('nik'))) {
      const read = readNik(at('nik'), precise);
      if (read.ok) nik = read.value;
      else {
        problem('warning', 'nik', read.code, read.text, null);
        warned = true;
      }
    }
    const kpjRead = readKpj(at('kpj'));
    const kpj = kpjRead.ok ? kpjRead.value : null;
    if (nik === null && kpj !== null) nik = identities.nikOfKpj(kpj);
    const name = readText(at('name'), 150);
    if (nik === null) {
      problem('warning', kpj ? 'kpj' : 'nik', 'CLAIM_UNMATCHED', kpj ? `KPJ ${kpj} tidak ditemukan di daftar peserta BPJS maupun data pekerja; klaim dicatat tanpa pekerja.` : 'NIK dan KPJ kosong atau tidak terbaca; klaim dicatat tanpa pekerja.', null);
      warned = true;
    }

    const key = `${nik ?? (kpj ? `kpj:${kpj}` : `nama:${(name ?? '').toLowerCase()}`)}|${type}|${eventDate ?? ''}|${amount.value}`;
    const first = seen.get(key);
    if (first) return reject('type', 'DUPLICATE_IN_FILE', `Klaim yang sama (orang, jenis, tanggal kejadian, jumlah) sudah ada di ${first}.`);
    seen.set(key, `${isCsv ? '' : `sheet "${sheet}" `}baris ${rowNumber}`);
    if (store.finance.claimRecorded(key)) {
      result.alreadyRecorded++;
      return;
    }
    if (warned) result.warnings++;
    result.accepted++;
    result.byType[type as ClaimType].count++;
    result.byType[type as ClaimType].amount += amount.value;
    if (nik !== null && identities.workerId(nik) !== null) {
      result.matched++;
      const month = (eventDate ?? paidDate)?.slice(0, 7);
      if (month && store.finance.fundingProgram(nik, month) !== null) result.funded++;
    }
    claims.push({ batch_id: 0, sheet, row: rowNumber, nik, kpj, name, type, event_date: eventDate, paid_date: paidDate, amount: amount.value, claim_key: key });
  }

  if (sheets.length === 0) {
    throw new CakapError(
      'NOT_A_CLAIM_LIST',
      `Berkas "${options.displayName}" bukan daftar klaim: tidak ada baris judul kolom dengan NIK atau KPJ, jenis klaim dan jumlah. Rincian tagihan iuran diimpor dengan perintah bill. Tidak ada yang diubah.`,
    );
  }
  hash ??= await fileHash(options.file);
  result.batchId = writeListBatch(
    store,
    {
      kind: 'claims',
      fileName: options.displayName,
      fileHash: hash,
      fileSize,
      actor: options.actor,
      createdAt: options.now.toISOString(),
      sheets,
      counts: { accepted: result.accepted, updated: 0, unchanged: result.alreadyRecorded, rejected: result.rejected, warnings: result.warnings },
      audit: { action: 'finance.claims', detail: { accepted: result.accepted, alreadyRecorded: result.alreadyRecorded, matched: result.matched, funded: result.funded } },
    },
    log,
    (batchId) => {
      for (const claim of claims) store.finance.insertClaim({ ...claim, batch_id: batchId });
    },
  );
  result.issues = log.issues.slice(0, options.issueLimit ?? Number.POSITIVE_INFINITY);
  result.issueCount = log.stored.length;
  return result;
}
