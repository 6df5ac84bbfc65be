import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Office } from '../../../../shared/contract';
import { EMPLOYER_STATUS_LABELS, PROJECT_STATUS_LABELS } from '../../../../shared/domain/compliance';
import { formatDate } from '../../../../shared/domain/format';
import type { Store } from '../../platform/db/store';
import { forPrint, letterheadBlock, officeDocument, signatureBlock } from '../../platform/documents/letterhead';
import { readOffice } from '../office/office';
import { openPdfStream } from '../../platform/documents/pdfmake';
import { printSetup } from '../../platform/documents/printSetup';
import { addSafeRow } from '../../platform/documents/safeCells';
import { readSettings } from '../settings/settings';
import { complianceState, openLetterCases, type ComplianceState, type EmployerState, type ProjectState } from './state';
import { employerFacts, factsLookup, projectFacts, shortName, type FactsLookup } from './views';
import type { LetterFilter, Regulation } from '../../../../shared/contract/compliance';
import { CancelledError, conflict } from '../../platform/errors';
import type { JobIo } from '../../platform/jobs/job';

const cite = (r: Regulation) => `${shortName(r.name)}, ${r.article}.`;

/**
 * Letters to employers and contractors that are not compliant: one per employer or project, on the
 * office letterhead with its number, date, the facts found, the regulation and the signer, all in one
 * PDF to print; and the same cases as an Excel list for the follow-up team, with room for their visits.
 * Each letter is recorded in the case's follow-up log with its number.
 */

export interface LettersJob {
  asOf: string;
  /** The letters' date. */
  date: string;
  /** null: the open cases the filter keeps. */
  subjects: { subject: 'employer' | 'project'; key: string }[] | null;
  filter: LetterFilter | null;
  pdfFile: string;
  xlsxFile: string;
  actor: string;
  now: Date;
}

export interface LettersResult {
  count: number;
  first: string | null;
  last: string | null;
}

interface Letter {
  subject: 'employer' | 'project';
  key: string;
  name: string;
  number: string;
  employer?: EmployerState;
  project?: ProjectState;
}

/** What every letter of a batch shares, read once. */
interface Batch {
  store: Store;
  state: ComplianceState;
  office: Office;
  date: string;
  regency: string;
  lookup: FactsLookup;
}

const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'atau', 'serta']);

/** "DINAS TENAGA KERJA DAN TRANSMIGRASI" -> "Dinas Tenaga Kerja dan Transmigrasi". */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "560/{no}/Naker/{bulan}/{tahun}" with the year's running number: 560/007/Naker/XII/2026. */
export function letterNumber(format: string, running: number, date: string): string {
  return format
    .replace('{no}', String(running).padStart(3, '0'))
    .replace('{bulan}', ROMAN[Number(date.slice(5, 7)) - 1]!)
    .replace('{tahun}', date.slice(0, 4));
}

/** The letters of a batch, numbered from the year's next number: the chosen subjects that still exist, or the open cases. */
function chooseLetters(store: Store, state: ComplianceState, job: LettersJob): Letter[] {
  const format = state.rules.letters.numberFormat;
  let running = store.compliance.lettersInYear(job.date.slice(0, 4));
  const numbered = (letter: Omit<Letter, 'number'>): Letter => ({ ...letter, number: letterNumber(format, ++running, job.date) });
  const ofEmployer = (e: EmployerState) => numbered({ subject: 'employer', key: e.key, name: e.name, employer: e });
  const ofProject = (p: ProjectState) => numbered({ subject: 'project', key: p.key, name: p.pkg.package, project: p });
  if (!job.subjects) {
    const cases = openLetterCases(state, job.filter ?? {});
    return [...cases.employers.map(ofEmployer), ...cases.projects.map(ofProject)];
  }
  const employers = new Map(state.employers.map((e) => [e.key, e]));
  const projects = new Map(state.projects.map((p) => [p.key, p]));
  return job.subjects.flatMap((s) => {
    const employer = s.subject === 'employer' ? employers.get(s.key) : undefined;
    const project = s.subject === 'project' ? projects.get(s.key) : undefined;
    return employer ? [ofEmployer(employer)] : project ? [ofProject(project)] : [];
  });
}

/**
 * The letters of a batch written as they are made: each letter laid out and written to the PDF, its
 * row to the follow-up workbook, then the next, so memory holds one letter whatever the count. Nothing
 * is recorded until both files are whole: a cancelled or failed batch takes no letter number, writes
 * nothing in the case logs and leaves no file behind.
 */
export async function writeLetters(store: Store, job: LettersJob, io?: JobIo): Promise<LettersResult> {
  const state = complianceState(store, job.asOf);
  const office = readOffice(store);
  const year = job.date.slice(0, 4);
  const numbersBefore = store.compliance.lettersInYear(year);
  const letters = chooseLetters(store, state, job);
  const batch: Batch = { store, state, office, date: job.date, regency: readSettings(store).regencyName ?? '', lookup: factsLookup(store) };

  const pdf = await openPdfStream(
    officeDocument(office, {
      title: `Surat kepatuhan BPJS Ketenagakerjaan, ${formatDate(job.date)}`,
      subject: 'Kepatuhan pendaftaran BPJS Ketenagakerjaan',
      // A letter is one sheet of paper: narrower top and bottom margins than a report.
      margins: [56, 36, 48, 32],
      lineHeight: 1.15,
      content: [],
    }),
    job.pdfFile,
  );
  const sheet = followUpSheet(job, state);
  try {
    if (letters.length === 0) await pdf.add([letterheadBlock(office), { text: 'Tidak ada kasus terbuka yang sesuai pilihan: tidak ada surat yang perlu dikirim.', italics: true }]);
    let lastReport = 0;
    for (const [i, letter] of letters.entries()) {
      if (io?.signal.cancelled) throw new CancelledError();
      await pdf.add(forPrint(letterContent(batch, letter)) as Content[]);
      sheet.add(batch, letter, i);
      const now = performance.now();
      if (io && (now - lastReport > 200 || i === letters.length - 1)) {
        lastReport = now;
        io.progress({ fraction: (i + 1) / letters.length, rows: i + 1 });
      }
    }
    await pdf.close();
    await sheet.close();
  } catch (error) {
    await pdf.abort();
    await sheet.abort();
    throw error;
  }

  try {
    store.transaction(() => {
      // Another batch printed meanwhile took the same numbers: this one's files are not sent out.
      if (store.compliance.lettersInYear(year) !== numbersBefore) throw conflict('Surat lain dicetak pada saat yang sama sehingga nomornya bertabrakan; tidak ada surat yang dicatat. Cetak ulang.');
      const at = job.now.toISOString();
      for (const l of letters) {
        const caseId =
          store.compliance.openCase(l.subject, l.key)?.id ??
          store.compliance.insertCase({
            subject: l.subject,
            subject_key: l.key,
            name: l.name,
            opened_at: at,
            opened_status: l.employer ? EMPLOYER_STATUS_LABELS[l.employer.status] : PROJECT_STATUS_LABELS[l.project!.status],
          });
        store.compliance.insertAction({ case_id: caseId, action: 'letter', on_date: job.date, recorded_at: at, actor: job.actor, letter_number: l.number, note: null });
      }
      store.audit.add(at, job.actor, 'compliance.letters', { count: letters.length, first: letters[0]?.number ?? null, last: letters.at(-1)?.number ?? null, date: job.date, filter: job.subjects ? null : (job.filter ?? null) });
    });
  } catch (error) {
    fs.rmSync(job.pdfFile, { force: true });
    fs.rmSync(job.xlsxFile, { force: true });
    throw error;
  }
  return { count: letters.length, first: letters[0]?.number ?? null, last: letters.at(-1)?.number ?? null };
}

function header(rows: [string, string][]): Content {
  return {
    table: { widths: [52, 6, '*'], body: rows.map(([label, value]) => [{ text: label }, { text: ':' }, { text: value, bold: label === 'Perihal' }] as TableCell[]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

function letterContent(batch: Batch, letter: Letter): Content[] {
  const { store, state, office, date, regency, lookup } = batch;
  const { rules } = state;
  const names = lookup.names;
  const paragraph = (text: string, extra: Record<string, unknown> = {}): Content => ({ text, alignment: 'justify', margin: [0, 0, 0, 5], ...extra });
  const place = office.signer.place ? `${office.signer.place}, ` : '';
  let to: string[];
  let subject: string;
  let opening: string;
  let facts: string[];
  let law: string[];
  let request: string;
  let copies: string[];
  if (letter.employer) {
    const e = letter.employer;
    const address = e.oss?.address ?? e.wlkp?.address ?? e.bpjs?.address ?? null;
    to = [`Pimpinan ${e.name}`, ...(address ? [address] : []), ...(e.districtCode ? [`Kecamatan ${names.get(e.districtCode) ?? ''}`] : []), 'di Tempat'];
    subject = e.status === 'arrears' ? 'Tunggakan iuran BPJS Ketenagakerjaan' : 'Kewajiban pendaftaran pekerja dalam program BPJS Ketenagakerjaan';
    opening = `Dalam rangka perlindungan jaminan sosial ketenagakerjaan bagi seluruh pekerja di ${regency}, kami telah mencocokkan data perizinan berusaha, laporan Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP), dan data pemberi kerja BPJS Ketenagakerjaan. Untuk ${e.name} kami temukan hal-hal berikut:`;
    facts = employerFacts(store, e, state, lookup);
    law = [cite(rules.registration.regulation), cite(rules.programs.regulation), ...(e.flags.includes('arrears') ? [cite(rules.arrears.regulation)] : [])];
    request =
      e.status === 'arrears'
        ? `Kami minta Saudara melunasi tunggakan iuran tersebut dalam waktu ${rules.letters.replyDays} hari sejak surat ini diterima dan menyampaikan bukti pembayarannya kepada kami.`
        : `Kami minta Saudara mendaftarkan seluruh pekerja dalam program yang wajib diikuti ke BPJS Ketenagakerjaan dalam waktu ${rules.letters.replyDays} hari sejak surat ini diterima, dan menyampaikan bukti kepesertaannya kepada ${titleCase(office.officeName)}.`;
    copies = [`Kepala BPJS Ketenagakerjaan Kantor Cabang yang membawahi ${regency}`, 'Arsip'];
  } else {
    const p = letter.project!;
    const k = p.pkg;
    const villageWorks = p.fundingKind === 'apb_nagari';
    to = [villageWorks ? `Ketua ${k.contractor ?? 'Tim Pelaksana Kegiatan'}` : `Pimpinan ${k.contractor ?? 'Penyedia Jasa'}`, `Pelaksana paket "${k.package}"`, ...(k.district_code ? [`Kecamatan ${names.get(k.district_code) ?? ''}`] : []), 'di Tempat'];
    subject = p.status === 'unregistered' ? 'Pendaftaran pekerja proyek jasa konstruksi ke BPJS Ketenagakerjaan' : 'Kekurangan nilai kontrak terdaftar di BPJS Ketenagakerjaan';
    opening = `Dalam rangka perlindungan pekerja jasa konstruksi di ${regency}, kami telah mencocokkan daftar paket pekerjaan konstruksi dengan daftar proyek terdaftar di BPJS Ketenagakerjaan. Untuk paket yang Saudara laksanakan kami temukan hal-hal berikut:`;
    facts = projectFacts(p, state, { forLetter: true });
    law = [cite(rules.deadline.regulation), cite(rules.jakon.regulation)];
    request =
      p.status === 'unregistered'
        ? `Kami minta Saudara segera mendaftarkan pekerja proyek tersebut dalam program JKK dan JKM ke BPJS Ketenagakerjaan, paling lambat ${rules.letters.replyDays} hari sejak surat ini diterima, dan menyampaikan sertifikat kepesertaannya kepada kami.`
        : `Kami minta Saudara menyesuaikan nilai kontrak yang didaftarkan dan melunasi kekurangan iurannya dalam waktu ${rules.letters.replyDays} hari sejak surat ini diterima.`;
    copies = [...(k.opd ? [`${villageWorks ? '' : 'Kepala '}${k.opd} selaku pengguna jasa`] : []), `Kepala BPJS Ketenagakerjaan Kantor Cabang yang membawahi ${regency}`, 'Arsip'];
  }
  return [
    letterheadBlock(office),
    { text: `${place}${formatDate(date)}`, alignment: 'right', margin: [0, 0, 0, 8] },
    header([
      ['Nomor', letter.number],
      ['Sifat', 'Penting'],
      ['Lampiran', '–'],
      ['Perihal', subject],
    ]),
    { text: 'Kepada Yth.', margin: [0, 0, 0, 1] },
    { stack: to.map((line, i) => ({ text: line, bold: i === 0 })), margin: [0, 0, 0, 8] },
    paragraph('Dengan hormat,'),
    paragraph(opening),
    // Lists stay ragged-right: justifying would stretch contract numbers at their slashes.
    { ol: facts.map((f) => ({ text: f, margin: [0, 0, 0, 2] })), margin: [10, 0, 0, 6] },
    paragraph('Hal tersebut diatur dalam:'),
    { ul: law.map((l) => ({ text: l, margin: [0, 0, 0, 2] })), margin: [10, 0, 0, 6] },
    // The closing paragraph, the signature and the copies stay together: never a page with only a signature on it.
    {
      stack: [
        paragraph(
          `${request} Kelalaian dapat dikenai sanksi administratif berupa teguran tertulis, denda, dan/atau tidak mendapat pelayanan publik tertentu (${shortName(rules.registration.regulation.name)} Pasal 17). Bila data di atas tidak sesuai, mohon sampaikan bukti yang benar kepada kami. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.`,
        ),
        signatureBlock(office, date, { marginTop: 2, room: 36, unbreakable: false }), { stack: [{ text: 'Tembusan:', fontSize: 8 }, { ol: copies.map((c) => ({ text: c, fontSize: 8 })) }], margin: [0, 6, 0, 0] }],
      unbreakable: true,
    },
  ];
}

/** The follow-up workbook, written row by row beside the letters (exceljs's streaming writer). */
function followUpSheet(job: LettersJob, state: ComplianceState) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: job.xlsxFile, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Cakap';
  const columns = [
    { header: 'No', width: 5 },
    { header: 'Nomor surat', width: 24 },
    { header: 'Tanggal surat', width: 14 },
    { header: 'Jenis', width: 13 },
    { header: 'Nama', width: 34 },
    { header: 'Alamat / lokasi', width: 28 },
    { header: 'Kecamatan', width: 18 },
    { header: 'Status', width: 22 },
    { header: 'Pekerja belum terlindungi', width: 12 },
    { header: 'Iuran terutang (Rp)', width: 16 },
    { header: 'Fakta', width: 70 },
    { header: 'Tanggal kunjungan', width: 14 },
    { header: 'Hasil kunjungan', width: 30 },
    { header: 'Sudah mendaftar (tanggal)', width: 14 },
  ];
  const sheet = workbook.addWorksheet('Tindak lanjut', { ...printSetup({ columnWidths: columns.map((c) => c.width), landscape: true, titleRows: '3:3' }), views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const title = addSafeRow(sheet, [`Daftar tindak lanjut surat kepatuhan BPJS Ketenagakerjaan, ${formatDate(job.date)} (keadaan data per ${formatDate(state.asOf)})`]);
  title.font = { bold: true };
  title.commit();
  addSafeRow(sheet, ['Isi tiga kolom terakhir setelah kunjungan; kasus selesai dengan sendirinya bila daftar BPJS berikutnya menunjukkan pendaftarannya.']).commit();
  const head = addSafeRow(sheet, columns.map((c) => c.header));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EAF2' } }));
  head.commit();
  const letterDate = new Date(`${job.date}T00:00:00Z`);
  let committed = false;
  return {
    add({ store, lookup }: Batch, l: Letter, index: number): void {
      const e = l.employer;
      const p = l.project;
      const names = lookup.names;
      const facts = e ? employerFacts(store, e, state, lookup) : projectFacts(p!, state);
      const row = addSafeRow(sheet, [
        index + 1,
        l.number,
        letterDate,
        e ? 'Pemberi kerja' : 'Proyek konstruksi',
        l.name,
        e ? (e.oss?.address ?? e.wlkp?.address ?? e.bpjs?.address ?? null) : (p!.pkg.location ?? p!.pkg.opd),
        e ? (e.districtCode ? names.get(e.districtCode) : null) ?? null : (p!.pkg.district_code ? names.get(p!.pkg.district_code) : null) ?? null,
        e ? e.flags.map((f) => EMPLOYER_STATUS_LABELS[f]).join(', ') : PROJECT_STATUS_LABELS[p!.status],
        e ? e.uncoveredWorkers : p!.status === 'unregistered' ? p!.workers : 0,
        e ? null : p!.due.total,
        facts.join(' '),
        null,
        null,
        null,
      ]);
      row.getCell(3).numFmt = '[$-421]d mmmm yyyy';
      row.getCell(10).numFmt = '"Rp "#,##0';
      row.getCell(11).alignment = { wrapText: true, vertical: 'top' };
      row.alignment = { vertical: 'top' };
      row.commit();
    },
    async close(): Promise<void> {
      committed = true;
      sheet.commit();
      await workbook.commit();
    },
    /** An unfinished workbook is closed and deleted. */
    async abort(): Promise<void> {
      if (!committed) {
        committed = true;
        await workbook.commit().catch(() => undefined);
      }
      fs.rmSync(job.xlsxFile, { force: true });
    },
  };
}
