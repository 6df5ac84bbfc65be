import ExcelJS from 'exceljs';
import { columnLetter } from '../../../../shared/domain/workerFields';
import { applyPrintSetup } from '../../platform/documents/printSetup';
import { addSafeRow } from '../../platform/documents/safeCells';
import { FIRST_DATA_ROW, HEADER_ROW, NOTE_ROW, TITLE_ROW, type ChoiceSource, type TemplateColumn, type TemplateLists, type TemplateSpec } from './spec';

/**
 * Writes a template workbook from its spec: the data sheet first (the importers read it there), an
 * instruction sheet in Bahasa Indonesia, and a hidden sheet holding the drop-down lists. Every cell
 * of the data rows already has its format (NIK as text, dates as dates), so what a sender types
 * stays what they typed.
 */

export const INSTRUCTION_SHEET = 'Petunjuk';
export const CHOICES_SHEET = 'Pilihan';

const DATE_FORMAT = 'dd-mm-yyyy';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDEECF9' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE7C8' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8A8886' } };
const MUTED = { color: { argb: 'FF605E5C' }, italic: true };

/** exceljs's data validation, plus type "any" (an input message without a rule), which it writes too. */
type Validation = Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & { type: ExcelJS.DataValidation['type'] | 'any'; formulae?: unknown[] };

/** Range validations (`sheet.dataValidations.add('B4:B2003', …)`) exist in exceljs 4 but not in its type definitions. */
function addValidation(sheet: ExcelJS.Worksheet, range: string, validation: Validation): void {
  (sheet as unknown as { dataValidations: { add(address: string, v: Validation): void } }).dataValidations.add(range, validation);
}

export async function writeTemplate(spec: TemplateSpec, lists: TemplateLists, target: string, now: Date): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cakap';
  workbook.created = now;
  workbook.title = spec.title;
  const data = workbook.addWorksheet(spec.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const help = workbook.addWorksheet(INSTRUCTION_SHEET);
  const choices = workbook.addWorksheet(CHOICES_SHEET, { state: 'hidden' });

  const ranges = writeChoices(choices, spec, lists);
  writeDataSheet(data, spec, ranges);
  writeInstructions(help, spec, lists);
  applyPrintSetup(data, { titleRows: `${HEADER_ROW}:${HEADER_ROW}` });
  applyPrintSetup(help, { titleRows: '1:1' });
  applyPrintSetup(choices);
  await workbook.xlsx.writeFile(target);
}

/** The values of each drop-down list, one column each on the hidden sheet; returns their ranges. */
function writeChoices(sheet: ExcelJS.Worksheet, spec: TemplateSpec, lists: TemplateLists): Map<string, string> {
  const ranges = new Map<string, string>();
  const columns: { key: string; title: string; values: string[] }[] = [];
  for (const column of spec.columns) {
    if (!column.choices) continue;
    const key = choiceKey(column.choices);
    if (columns.some((c) => c.key === key)) continue;
    columns.push({ key, title: column.header, values: choiceValues(column.choices, lists) });
  }
  addSafeRow(sheet, columns.map((c) => c.title)).font = { bold: true };
  const height = Math.max(0, ...columns.map((c) => c.values.length));
  for (let i = 0; i < height; i++) addSafeRow(sheet, columns.map((c) => c.values[i] ?? null));
  columns.forEach((c, i) => {
    const letter = columnLetter(i);
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(12, ...c.values.map((v) => v.length + 2)));
    ranges.set(c.key, `${CHOICES_SHEET}!$${letter}$2:$${letter}$${Math.max(2, c.values.length + 1)}`);
  });
  return ranges;
}

function choiceKey(source: ChoiceSource): string {
  return 'list' in source ? source.list : `values:${source.values.join('|')}`;
}

function choiceValues(source: ChoiceSource, lists: TemplateLists): string[] {
  if (!('list' in source)) return [...source.values];
  switch (source.list) {
    case 'districts':
      return lists.districts.map((d) => d.name);
    case 'villages':
      return [...new Set(lists.districts.flatMap((d) => d.villages))].sort((a, b) => a.localeCompare(b, 'id'));
    case 'sex':
      return ['L', 'P'];
    case 'occupations':
      return lists.occupations;
  }
}

function writeDataSheet(sheet: ExcelJS.Worksheet, spec: TemplateSpec, ranges: Map<string, string>): void {
  const width = spec.columns.length;
  addSafeRow(sheet, [spec.title]).font = { bold: true, size: 13 };
  sheet.getRow(TITLE_ROW).height = 20;
  addSafeRow(sheet, [`${spec.dataNote} Baca sheet "${INSTRUCTION_SHEET}" sebelum mengisi; jangan ubah judul kolom di baris ${HEADER_ROW}.`]).font = MUTED;
  sheet.getRow(NOTE_ROW).alignment = { vertical: 'top' };
  const header = addSafeRow(sheet, spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 30;
  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = column.required ? REQUIRED_FILL : HEADER_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    sheet.getColumn(i + 1).width = column.width;
  });

  for (const values of spec.prefilled ?? []) {
    const row = addSafeRow(sheet, values);
    for (let c = 1; c <= width; c++) row.getCell(c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  const rows = (spec.prefilled?.length ?? 0) + spec.blankRows;
  const last = FIRST_DATA_ROW + Math.max(rows, 1) - 1;
  spec.columns.forEach((column, i) => {
    const format = cellFormat(column);
    // Every data cell carries its format, so a sender's program (Excel, LibreOffice, WPS) keeps it.
    for (let r = FIRST_DATA_ROW; r <= last; r++) {
      const cell = sheet.getCell(r, i + 1);
      cell.numFmt = format;
      if (column.type === 'whole' || column.type === 'rupiah' || column.type === 'year') cell.alignment = { horizontal: 'right' };
    }
    // New cells typed under the last formatted row get the column's format too.
    sheet.getColumn(i + 1).numFmt = format;
    const validation = validationOf(column, ranges);
    if (validation) addValidation(sheet, `${columnLetter(i)}${FIRST_DATA_ROW}:${columnLetter(i)}${last}`, validation);
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: width } };
}

function cellFormat(column: TemplateColumn): string {
  switch (column.type) {
    case 'date':
      return DATE_FORMAT;
    case 'whole':
      return '#,##0';
    case 'rupiah':
      return '"Rp "#,##0';
    case 'year':
      return '0';
    default:
      // Text: NIK and telephone numbers keep every digit and their leading 0, names never become formulas.
      return '@';
  }
}

/** Excel's limits: an input message of 255 characters, a title of 32. */
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function validationOf(column: TemplateColumn, ranges: Map<string, string>): Validation | null {
  const prompt = { showInputMessage: true, promptTitle: clip(column.header, 32), prompt: clip(column.explain, 255) };
  const refusal = (error: string, style: 'stop' | 'warning' | 'information' = 'stop') => ({
    showErrorMessage: true,
    errorStyle: style,
    errorTitle: clip(column.header, 32),
    error: clip(error, 255),
  });
  if (column.choices) {
    const key = choiceKey(column.choices);
    const strictness = column.strictness ?? 'warning';
    // A short list goes into the rule itself; a value with a comma ("JKK, JKM") only fits a range.
    const inline = 'values' in column.choices && column.choices.values.join(',').length < 200 && !column.choices.values.some((v) => v.includes(','));
    return {
      type: 'list',
      allowBlank: true,
      formulae: [inline && 'values' in column.choices ? `"${column.choices.values.join(',')}"` : ranges.get(key)!],
      ...prompt,
      ...refusal(
        strictness === 'stop'
          ? `Pilih salah satu isian dari daftar (${column.header}).`
          : `Isian ini tidak ada di daftar ${column.header}. Periksa ejaannya; lanjutkan hanya bila memang benar.`,
        strictness,
      ),
    };
  }
  switch (column.type) {
    case 'digits': {
      if (!column.length) return { type: 'any', ...prompt };
      const { min, max } = column.length;
      const exactly = min === max;
      return {
        type: 'textLength',
        operator: exactly ? 'equal' : 'between',
        allowBlank: true,
        formulae: exactly ? [min] : [min, max],
        ...prompt,
        ...refusal(exactly ? `${column.header} harus ${min} angka.` : `${column.header} harus ${min} sampai ${max} angka.`),
      };
    }
    case 'date':
      return {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        ...prompt,
        ...refusal(`Ketik tanggal seperti 31-12-1980 (tanggal-bulan-tahun).`),
      };
    case 'year':
      return {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [2000, 2100],
        ...prompt,
        ...refusal(`${column.header} ditulis empat angka, misalnya 2026.`),
      };
    case 'whole':
    case 'rupiah':
      return {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        ...prompt,
        ...refusal(`${column.header} harus bilangan bulat 0 atau lebih, tanpa titik atau koma desimal.`),
      };
    default:
      return { type: 'any', ...prompt };
  }
}

/**
 * Wrapped text needs its row height written down: LibreOffice keeps the default height of an .xlsx
 * row on opening, so long paragraphs would print over each other. The height is estimated from the
 * longest cell of the row for its column's width (about one character per width unit).
 */
function fitRowHeight(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    const width = widths[column - 1] ?? 10;
    const text = typeof cell.value === 'string' ? cell.value : '';
    const needed = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / (width * 1.2))), 0);
    lines = Math.max(lines, needed);
  });
  if (lines > 1) row.height = lines * 15 + 2;
}

function writeInstructions(sheet: ExcelJS.Worksheet, spec: TemplateSpec, lists: TemplateLists): void {
  const widths = [26, 70, 9, 24];
  sheet.columns = widths.map((width) => ({ width }));
  const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const paragraph = (label: string | null, text: string) => {
    const row = addSafeRow(sheet, [label, text]);
    row.getCell(2).alignment = wrap;
    row.getCell(1).alignment = { vertical: 'top' };
    fitRowHeight(row, widths);
    return row;
  };
  const heading = (text: string) => {
    sheet.addRow([]);
    addSafeRow(sheet, [text]).font = { bold: true, size: 12 };
  };

  addSafeRow(sheet, ['PETUNJUK PENGISIAN']).font = { bold: true, size: 14 };
  addSafeRow(sheet, [spec.title]).font = { bold: true };
  sheet.addRow([]);
  for (const text of spec.purpose) paragraph(null, text);

  heading('Cara mengisi');
  const has = (type: TemplateColumn['type']) => spec.columns.some((c) => c.type === type);
  const digitColumns = spec.columns.filter((c) => c.type === 'digits').map((c) => c.header);
  const steps = [
    spec.prefilled
      ? `Isi sheet "${spec.sheetName}" pada baris yang sudah tersedia. Jangan mengubah, menghapus atau menyisipkan judul kolom di baris ${HEADER_ROW}.`
      : `Isi sheet "${spec.sheetName}": satu baris untuk ${spec.rowUnit}, mulai baris ${FIRST_DATA_ROW}. Jangan mengubah, menghapus atau menyisipkan judul kolom di baris ${HEADER_ROW}; kolom yang tidak diketahui isinya boleh dibiarkan kosong.`,
    'Kolom dengan judul berwarna jingga wajib diisi pada setiap baris.',
    digitColumns.length > 0
      ? `Kolom ${joinWords(digitColumns)} berformat Teks: ketik angkanya apa adanya, termasuk angka 0 di depan. Bila menyalin dari berkas lain, tempel dengan "Tempel Khusus › Nilai" (Paste Special › Values) supaya format Teks tidak tertimpa; NIK yang tertempel sebagai angka berubah menjadi 1,31101E+15 dan digit terakhirnya hilang.`
      : null,
    has('date') ? 'Tanggal diketik sebagai tanggal-bulan-tahun, misalnya 31-12-1980; sel tanggal sudah berformat tanggal.' : null,
    spec.columns.some((c) => c.choices)
      ? `Kolom ${joinWords(spec.columns.filter((c) => c.choices).map((c) => c.header))} punya daftar pilihan (klik sel, lalu tanda panah di kanannya): pilih dari daftar supaya ejaannya sama dengan data kabupaten.`
      : null,
    spec.columns.some((c) => c.type === 'whole' && !c.numbering) ? 'Angka jumlah ditulis tanpa titik ribuan dan tanpa desimal, misalnya 19512.' : null,
    has('rupiah')
      ? `Kolom ${joinWords(spec.columns.filter((c) => c.type === 'rupiah').map((c) => c.header))} diisi angka rupiah penuh tanpa titik, tanpa "Rp" dan tanpa desimal, misalnya 1250000000; sel itu sendiri menampilkannya dengan Rp dan titik ribuan.`
      : null,
    'Simpan sebagai berkas Excel (.xlsx) dengan nama yang menyebut pengirimnya, lalu kirim ke dinas.',
    ...spec.notes,
  ].filter((s): s is string => s !== null);
  steps.forEach((text, i) => paragraph(null, `${i + 1}. ${text}`));

  heading('Kolom-kolom');
  const head = addSafeRow(sheet, ['Kolom', 'Isi', 'Wajib', 'Contoh']);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  for (const column of spec.columns) {
    const row = addSafeRow(sheet, [column.header, column.explain, column.required ? 'ya' : '', column.example]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.alignment = wrap;
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    });
    // The example is text, so "1311014506850001" reads as written.
    row.getCell(4).numFmt = '@';
    fitRowHeight(row, widths);
  }

  if (spec.showRegions) {
    heading(`Kecamatan dan ${lists.villageLabel.toLowerCase()} di ${lists.regencyName}`);
    const head2 = addSafeRow(sheet, ['Kecamatan', lists.villageLabel]);
    head2.font = { bold: true };
    for (const district of lists.districts) {
      const row = addSafeRow(sheet, [district.name, district.villages.join(', ')]);
      row.getCell(2).alignment = wrap;
      row.getCell(1).alignment = { vertical: 'top' };
      fitRowHeight(row, widths);
    }
  }

  if (!spec.personalData) return;
  heading('Data pribadi');
  paragraph(
    null,
    'Daftar ini berisi data pribadi (UU 27/2022 tentang Pelindungan Data Pribadi). Kirim hanya kepada petugas dinas yang memintanya, jangan diunggah ke grup percakapan umum, dan hapus salinannya bila sudah tidak diperlukan.',
  );
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} dan ${words.at(-1)}`;
}
