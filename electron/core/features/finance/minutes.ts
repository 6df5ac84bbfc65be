import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Office } from '../../../../shared/contract';
import type { Bill } from '../../../../shared/contract/finance';
import { BILL_REASON_HINTS, BILL_REASON_LABELS, BILL_REASONS, NOT_BILLED_LABEL, type BillReason } from '../../../../shared/domain/finance';
import { formatDate, formatDateTime, formatDayName, formatMonth, formatNumber, formatNumberInWords, formatRupiah } from '../../../../shared/domain/format';
import { defaultSignerTitle } from '../../../../shared/domain/letterhead';
import { maskNik } from '../../../../shared/domain/nik';
import { formatNip } from '../../../../shared/domain/nip';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';
import type { Store } from '../../platform/db/store';
import { COLORS, forPrint, letterheadBlock, MARGIN, officeDocument, pageFooter } from '../../platform/documents/letterhead';
import { writePdf } from '../../platform/documents/pdfmake';
import { notFound } from '../../platform/errors';
import { readOffice } from '../office/office';
import { readFinanceSettings } from './settings';
import { billDto } from './views';

/**
 * The reconciliation minute ("berita acara rekonsiliasi iuran") of one bill, for the office and the
 * branch to sign: the bill's figures, the exceptions by reason, the amount agreed to be paid (in
 * figures and in words), then a lampiran listing every row not paid, by reason, NIK masked.
 */

/** Rows the lampiran prints at most; past that, it says how many more the Tagihan page lists. */
export const MINUTE_ROW_LIMIT = 5_000;

export interface MinutesJob {
  batchId: number;
  /** The minute's date, "YYYY-MM-DD". */
  date: string;
  file: string;
  now: Date;
}

export async function writeMinutes(store: Store, job: MinutesJob): Promise<{ rows: number }> {
  const row = store.finance.bill(job.batchId);
  if (!row) throw notFound(`Tagihan impor #${job.batchId} tidak ditemukan (mungkin sudah dibatalkan).`);
  const bill = billDto(row);
  const program = store.programs.byId(bill.program)!;
  const office = readOffice(store);
  const branch = readFinanceSettings(store).branchName;
  const lampiran = lampiranRows(store, bill);
  const content = forPrint([
    letterheadBlock(office),
    ...body(bill, office, branch, FUNDING_SOURCE_LABELS[program.source as FundingSource], job.date),
    ...(lampiran.sections.length > 0 ? [lampiranBlock(bill, lampiran, job.date)] : []),
  ]) as Content[];
  await writePdf(
    officeDocument(office, {
      title: `Berita Acara Rekonsiliasi Iuran ${bill.programName} ${formatMonth(bill.month)}`,
      subject: 'Rekonsiliasi tagihan iuran BPJS Ketenagakerjaan',
      content,
      lineHeight: 1.2,
      header: (page) =>
        page === 1
          ? null
          : { text: `Berita Acara Rekonsiliasi Iuran · ${bill.programName} · ${formatMonth(bill.month)}`, fontSize: 7.5, color: COLORS.muted, margin: [MARGIN.left, 26, MARGIN.right, 0] },
      footer: pageFooter(`Dibuat dengan Cakap, ${formatDateTime(job.now)} · tagihan impor #${bill.batchId}`),
    }),
    job.file,
  );
  return { rows: lampiran.shown };
}

function body(bill: Bill, office: Office, branch: string | null, source: string, date: string): Content[] {
  const signerTitle = (office.signer.title || defaultSignerTitle(office.officeName)).replace(/\n/g, ' ');
  const branchName = branch || 'BPJS Ketenagakerjaan Kantor Cabang ....................';
  const place = office.signer.place ? `, bertempat di ${office.signer.place}` : '';
  const reasonRows = BILL_REASONS.filter((r) => bill.exceptions[r] > 0);
  const cell = (text: string, extra: Partial<TableCell & { bold: boolean; alignment: string; colSpan: number; color: string }> = {}): TableCell => ({ text, ...extra }) as TableCell;
  const money = (n: number, bold = false) => cell(formatRupiah(n), { alignment: 'right', bold, noWrap: true } as never);
  const num = (n: number) => cell(formatNumber(n), { alignment: 'right', noWrap: true } as never);
  const figures: TableCell[][] = [
    [cell('Uraian', { bold: true }), cell('Orang/baris', { bold: true, alignment: 'right' }), cell('Rupiah', { bold: true, alignment: 'right' })],
    [cell('Ditagih kantor cabang (orang; jumlah tagihan)'), num(bill.billedWorkers), money(bill.billedAmount)],
    [cell(`Penerima program pada ${formatMonth(bill.month)} (orang; iuran seharusnya, ${formatRupiah(bill.premium)} per orang)`), num(bill.expectedWorkers), money(bill.expectedAmount)],
    [cell('Tidak dibayar, menurut alasan:', { colSpan: 3, italics: true } as never), {}, {}],
    ...(reasonRows.length === 0
      ? [[cell('tidak ada', { colSpan: 3, color: COLORS.muted } as never), {}, {}]]
      : reasonRows.map((r, i) => [cell(`${i + 1}. ${BILL_REASON_LABELS[r]}${r === 'wrongAmount' ? ' (kelebihannya)' : ''}`), num(bill.exceptions[r]), money(bill.exceptionAmounts[r])])),
    [cell('Jumlah yang tidak dibayar', { bold: true }), cell(''), money(bill.exceptionAmount, true)],
    [cell('Jumlah yang disepakati untuk dibayar', { bold: true }), cell(''), money(bill.payable, true)],
  ];
  return [
    {
      stack: [
        { text: 'BERITA ACARA REKONSILIASI IURAN', fontSize: 13, bold: true },
        { text: `PROGRAM ${bill.programName.toUpperCase()}`, fontSize: 10.5, bold: true, margin: [0, 2, 0, 0] },
        { text: `BULAN ${formatMonth(bill.month).toUpperCase()}`, fontSize: 10.5, bold: true },
        { text: 'Nomor: ......................................', margin: [0, 4, 0, 0] },
      ],
      alignment: 'center',
      margin: [0, 0, 0, 12],
    },
    {
      text: `Pada hari ini ${formatDayName(date)}, tanggal ${formatDate(date)}${place}, kami yang bertanda tangan di bawah ini:`,
      margin: [0, 0, 0, 6],
    },
    {
      ol: [
        { text: [{ text: `${office.signer.name || '..................................'}, ${signerTitle}`, bold: true }, `, selaku pembayar iuran program "${bill.programName}" (${source}), selanjutnya disebut PIHAK PERTAMA;`] },
        { text: [{ text: `.................................., ${branchName}`, bold: true }, ', selanjutnya disebut PIHAK KEDUA,'] },
      ],
      margin: [0, 0, 0, 6],
    },
    {
      text:
        `telah melakukan rekonsiliasi rincian tagihan iuran bulan ${formatMonth(bill.month)} dari PIHAK KEDUA (berkas "${bill.file}", diperiksa ${formatDate(bill.createdAt)}) ` +
        'terhadap data penerima program yang dicatat PIHAK PERTAMA, baris demi baris, dengan hasil sebagai berikut:',
      margin: [0, 0, 0, 8],
    },
    {
      table: { widths: ['*', 70, 100], body: figures, headerRows: 1 },
      layout: {
        fillColor: (r: number) => (r === 0 || r >= figures.length - 2 ? COLORS.headerFill : null),
        hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i <= 1 || i >= node.table.body.length - 2 ? 0.8 : 0),
        hLineColor: () => COLORS.rule,
        vLineWidth: () => 0,
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
      margin: [0, 0, 0, 6],
    },
    {
      text: [`Jumlah yang disepakati untuk dibayar: `, { text: formatRupiah(bill.payable), bold: true }, ` (${formatNumberInWords(bill.payable)} rupiah).`],
      margin: [0, 2, 0, 6],
    },
    {
      ul: [
        ...(bill.exceptions.notBilled > 0
          ? [`${NOT_BILLED_LABEL}: ${formatNumber(bill.exceptions.notBilled)} penerima program ${formatMonth(bill.month)} tidak ada di tagihan, sehingga belum terlindungi; PIHAK KEDUA diminta memeriksa pendaftaran mereka.`]
          : []),
        ...bill.notes,
        ...(reasonRows.length > 0 || bill.exceptions.notBilled > 0 ? ['Setiap baris tagihan diberi paling banyak satu alasan; arti tiap alasan dan baris-barisnya ada di lampiran berita acara ini (NIK disamarkan).'] : []),
      ],
      fontSize: 8.5,
      margin: [0, 0, 0, 8],
    },
    signatures(office, signerTitle, branchName, date),
  ];
}

/** The branch on the left, the office on the right, each with room to sign. */
function signatures(office: Office, signerTitle: string, branchName: string, date: string): Content {
  const { signer } = office;
  const party = (heading: string, title: string, name: string | null, extra: Content[]): Content => ({
    width: '*',
    alignment: 'center',
    stack: [{ text: heading, bold: true }, { text: title, margin: [0, 2, 0, 0] }, { text: '', margin: [0, 44, 0, 0] }, { text: name || '(..........................................)', bold: true, decoration: name ? 'underline' : undefined }, ...extra],
  }) as Content;
  // The closing sentence stays with the signatures: a page never holds the signatures alone.
  return {
    stack: [
      { text: 'Demikian berita acara ini dibuat dalam rangkap dua untuk dipergunakan sebagaimana mestinya.', margin: [0, 0, 0, 10] },
      { text: `${signer.place ? `${signer.place}, ` : ''}${formatDate(date)}`, alignment: 'right', margin: [0, 0, 0, 6] },
      {
        columns: [
          party('PIHAK KEDUA', branchName, null, []),
          party('PIHAK PERTAMA', signerTitle, signer.name || null, [
            ...(signer.rank ? [{ text: signer.rank }] : []),
            ...(signer.nip ? [{ text: `NIP. ${formatNip(signer.nip)}` }] : []),
          ]),
        ],
        columnGap: 24,
      },
    ],
    unbreakable: true,
    margin: [0, 4, 0, 0],
  };
}

interface LampiranSection {
  title: string;
  hint: string;
  total: number;
  rows: { row: number | null; nik: string | null; name: string | null; village: string | null; kpj: string | null; month: string; amount: number | null; exception: number; detail: string | null }[];
}

function lampiranRows(store: Store, bill: Bill): { sections: LampiranSection[]; shown: number } {
  let left = MINUTE_ROW_LIMIT;
  const sections: LampiranSection[] = [];
  const views: (BillReason | 'notBilled')[] = [...BILL_REASONS, 'notBilled'];
  for (const view of views) {
    const total = view === 'notBilled' ? bill.exceptions.notBilled : bill.exceptions[view];
    if (total === 0) continue;
    const page = store.finance.billRows(bill.batchId, view, undefined, Math.max(left, 0), 0);
    left -= page.rows.length;
    sections.push({
      title: view === 'notBilled' ? `${NOT_BILLED_LABEL} (${formatNumber(total)} orang)` : `${BILL_REASON_LABELS[view]}: ${formatNumber(total)} baris, ${formatRupiah(bill.exceptionAmounts[view])}`,
      hint: view === 'notBilled' ? `Penerima program pada ${formatMonth(bill.month)} yang tidak ada di tagihan: belum terlindungi pada bulan itu.` : `${BILL_REASON_HINTS[view].charAt(0).toUpperCase()}${BILL_REASON_HINTS[view].slice(1)}.`,
      total,
      rows: page.rows.map((r) => ({ row: r.row, nik: r.nik, name: r.name, village: r.village_name, kpj: r.kpj, month: r.month, amount: r.amount, exception: r.exception_amount, detail: r.detail })),
    });
  }
  return { sections, shown: MINUTE_ROW_LIMIT - Math.max(left, 0) };
}

function lampiranBlock(bill: Bill, lampiran: { sections: LampiranSection[]; shown: number }, date: string): Content {
  const cell = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, fontSize: 7.2, ...extra }) as TableCell;
  const blocks: Content[] = [];
  lampiran.sections.forEach((section, i) => {
    const notBilled = section.title.startsWith(NOT_BILLED_LABEL);
    const header = notBilled
      ? ['No', 'NIK', 'Nama', 'Desa/nagari', 'KPJ'].map((h) => cell(h, { bold: true }))
      : ['No', 'Baris', 'NIK', 'Nama', 'Bulan', 'Ditagih', 'Tidak dibayar', 'Keterangan'].map((h, k) => cell(h, { bold: true, noWrap: true, alignment: k >= 5 && k <= 6 ? 'right' : 'left' }));
    const body: TableCell[][] = [
      header,
      ...section.rows.map((r, n) =>
        notBilled
          ? [cell(formatNumber(n + 1)), cell(r.nik ? maskNik(r.nik) : '–', { noWrap: true }), cell(r.name ?? '–'), cell(r.village ?? '–'), cell(r.kpj ?? '–', { noWrap: true })]
          : [
              cell(formatNumber(n + 1)),
              cell(r.row === null ? '–' : String(r.row)),
              cell(r.nik ? maskNik(r.nik) : r.kpj ? `KPJ ${r.kpj}` : '–', { noWrap: true }),
              cell(r.name ?? '–'),
              cell(formatMonth(r.month), { noWrap: true }),
              cell(r.amount === null ? '–' : formatRupiah(r.amount), { alignment: 'right', noWrap: true }),
              cell(formatRupiah(r.exception), { alignment: 'right', noWrap: true }),
              cell(r.detail ?? ''),
            ],
      ),
    ];
    const cut = section.total - section.rows.length;
    blocks.push(
      { text: `${i + 1}. ${section.title}`, bold: true, fontSize: 9.5, color: COLORS.heading, margin: [0, 10, 0, 1] },
      { text: section.hint, fontSize: 7.8, color: COLORS.muted, margin: [0, 0, 0, 3] },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: notBilled ? ['auto', 'auto', '*', '*', 'auto'] : ['auto', 'auto', 'auto', '*', 'auto', 'auto', 'auto', '*'], body },
        layout: {
          fillColor: (r: number) => (r === 0 ? COLORS.headerFill : r % 2 === 0 ? COLORS.stripeFill : null),
          hLineWidth: (k: number) => (k <= 1 ? 0.8 : 0),
          hLineColor: () => COLORS.rule,
          vLineWidth: () => 0,
          paddingLeft: () => 3,
          paddingRight: () => 3,
          paddingTop: () => 1.5,
          paddingBottom: () => 1.5,
        },
      },
      ...(cut > 0 ? [{ text: `… dan ${formatNumber(cut)} ${notBilled ? 'orang' : 'baris'} lagi, tidak dimuat di PDF; daftar lengkapnya ada di halaman Tagihan dan Klaim Cakap (tagihan impor #${bill.batchId}).`, fontSize: 8, italics: true, margin: [0, 3, 0, 0] } as Content] : []),
    );
  });
  return {
    pageBreak: 'before',
    stack: [
      { text: `Lampiran Berita Acara Rekonsiliasi Iuran ${formatMonth(bill.month)}, tanggal ${formatDate(date)}`, fontSize: 12, bold: true, color: COLORS.heading },
      { text: `Program ${bill.programName}. Baris tagihan yang tidak dibayar, menurut alasan, dan penerima program yang tidak ditagih. NIK disamarkan (hanya empat angka pertama dan dua angka terakhir) sesuai UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.`, fontSize: 8.5, color: COLORS.muted, margin: [0, 2, 0, 4] },
      ...blocks,
    ],
  };
}
