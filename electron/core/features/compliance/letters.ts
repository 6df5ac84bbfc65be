import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Office } from '../../../../shared/contract';
import { EMPLOYER_STATUS_LABELS, PROJECT_STATUS_LABELS } from '../../../../shared/domain/compliance';
import { formatDate } from '../../../../shared/domain/format';
import type { Store } from '../../platform/db/store';
import { forPrint, letterheadBlock, officeDocument, signatureBlock } from '../../platform/documents/letterhead';
import { readOffice } from '../office/office';
import { writePdf } from '../../platform/documents/pdfmake';
import { printSetup } from '../../platform/documents/printSetup';
import { addSafeRow } from '../../platform/documents/safeCells';
import { readSettings } from '../settings/settings';
import { complianceState, isEmployerCase, isProjectCase, type ComplianceState, type EmployerState, type ProjectState } from './state';
import { employerFacts, projectFacts, shortName } from './views';
import type { Regulation } from '../../../../shared/contract/compliance';

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
  /** null: every open case. */
  subjects: { subject: 'employer' | 'project'; key: string }[] | null;
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

export async function writeLetters(store: Store, job: LettersJob): Promise<LettersResult> {
  const state = complianceState(store, job.asOf);
  const office = readOffice(store);
  const chosen = job.subjects
    ? job.subjects
    : [...state.employers.filter(isEmployerCase).map((e) => ({ subject: 'employer' as const, key: e.key })), ...state.projects.filter(isProjectCase).map((p) => ({ subject: 'project' as const, key: p.key }))];
  const employers = new Map(state.employers.map((e) => [e.key, e]));
  const projects = new Map(state.projects.map((p) => [p.key, p]));
  const letters: Letter[] = [];
  const year = job.date.slice(0, 4);
  let running = store.compliance.lettersInYear(year);
  for (const s of chosen) {
    const employer = s.subject === 'employer' ? employers.get(s.key) : undefined;
    const project = s.subject === 'project' ? projects.get(s.key) : undefined;
    if (!employer && !project) continue;
    running++;
    letters.push({ ...s, name: employer?.name ?? project!.pkg.package, number: letterNumber(state.rules.letters.numberFormat, running, job.date), employer, project });
  }

  await writePdf(
    officeDocument(office, {
      title: `Surat kepatuhan BPJS Ketenagakerjaan, ${formatDate(job.date)}`,
      subject: 'Kepatuhan pendaftaran BPJS Ketenagakerjaan',
      // A letter is one sheet of paper: narrower top and bottom margins than a report.
      margins: [56, 36, 48, 32],
      lineHeight: 1.15,
      content: letters.length === 0 ? [letterheadBlock(office), { text: 'Tidak ada kasus terbuka: tidak ada surat yang perlu dikirim.', italics: true }] : (forPrint(letters.flatMap((l, i) => letterContent(store, state, office, l, job.date, i > 0))) as Content[]),
    }),
    job.pdfFile,
  );
  await writeFollowUpSheet(store, state, letters, job);

  store.transaction(() => {
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
    store.audit.add(at, job.actor, 'compliance.letters', { count: letters.length, first: letters[0]?.number ?? null, last: letters.at(-1)?.number ?? null, date: job.date });
  });
  return { count: letters.length, first: letters[0]?.number ?? null, last: letters.at(-1)?.number ?? null };
}

function header(rows: [string, string][]): Content {
  return {
    table: { widths: [52, 6, '*'], body: rows.map(([label, value]) => [{ text: label }, { text: ':' }, { text: value, bold: label === 'Perihal' }] as TableCell[]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

function letterContent(store: Store, state: ComplianceState, office: Office, letter: Letter, date: string, pageBreak: boolean): Content[] {
  const { rules } = state;
  const names = new Map(store.regions.byLevel('district').map((d) => [d.code, d.name]));
  const regency = readSettings(store).regencyName ?? '';
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
    facts = employerFacts(store, e, state);
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
    { stack: [letterheadBlock(office)], ...(pageBreak ? { pageBreak: 'before' as const } : {}) },
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

async function writeFollowUpSheet(store: Store, state: ComplianceState, letters: Letter[], job: LettersJob): Promise<void> {
  const names = new Map(store.regions.byLevel('district').map((d) => [d.code, d.name]));
  const workbook = new ExcelJS.Workbook();
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
  addSafeRow(sheet, [`Daftar tindak lanjut surat kepatuhan BPJS Ketenagakerjaan, ${formatDate(job.date)} (keadaan data per ${formatDate(state.asOf)})`]).font = { bold: true };
  addSafeRow(sheet, ['Isi tiga kolom terakhir setelah kunjungan; kasus selesai dengan sendirinya bila daftar BPJS berikutnya menunjukkan pendaftarannya.']);
  const head = addSafeRow(sheet, columns.map((c) => c.header));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EAF2' } }));
  letters.forEach((l, i) => {
    const e = l.employer;
    const p = l.project;
    const facts = e ? employerFacts(store, e, state) : projectFacts(p!, state);
    const row = addSafeRow(sheet, [
      i + 1,
      l.number,
      new Date(`${job.date}T00:00:00Z`),
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
  });
  await workbook.xlsx.writeFile(job.xlsxFile);
}
