import { writeZip, SHEET_NS, type ZipPart } from './zip';

/**
 * An .xlsx written by hand, cell by cell, so a test controls what real writers never vary: the row
 * and cell references (missing, malformed, twice, out of order), the order of the parts (workbook
 * last), and cells no writer makes (a date format on a serial no calendar holds, a shared-string
 * index past the table, a style that does not exist). Text goes in as inline strings, dates as serial
 * numbers in a date format (style 1), and `{ xml }` as the cell element itself (its r is added).
 */
export type RawCell = string | number | Date | null | undefined | { xml: string };
export interface RawSheet {
  name: string;
  rows: RawCell[][];
}

export interface RawOptions {
  /** A row's r attribute (row and sheet 0-based); undefined: its number, null: none. */
  rowRef?: (row: number, sheet: number) => string | null | undefined;
  /** A cell's r attribute; undefined: its reference ("B3"), null: none. */
  cellRef?: (row: number, column: number, sheet: number) => string | null | undefined;
  /** The workbook part and its relationships after the sheets, as some reporting systems write them. */
  workbookLast?: boolean;
  /** Entries of a shared-strings table (for cells that point into it with t="s"). */
  sharedStrings?: string[];
}

export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Excel's serial day of a date (1900 system). */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function cellXml(value: RawCell, ref: string | null): string {
  const r = ref === null ? '' : ` r="${ref}"`;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'xml' in value) return value.xml.replace(/^<c\b/, `<c${r}`);
  if (typeof value === 'number') return `<c${r}><v>${value}</v></c>`;
  if (value instanceof Date) return `<c${r} s="1"><v>${serial(value)}</v></c>`;
  return `<c${r} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

export function rawSheetXml(rows: RawCell[][], options: RawOptions = {}, sheet = 0): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const ref = options.cellRef?.(r, c, sheet);
          return cellXml(value, ref === undefined ? `${columnLetters(c)}${r + 1}` : ref);
        })
        .join('');
      const ref = options.rowRef?.(r, sheet);
      const attribute = ref === null ? '' : ` r="${ref === undefined ? r + 1 : escapeXml(ref)}"`;
      return `<row${attribute}>${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${SHEET_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

const NS = 'http://schemas.openxmlformats.org';
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${SHEET_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export function writeRawXlsx(file: string, sheets: RawSheet[], options: RawOptions = {}): string {
  const sheetParts: ZipPart[] = sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: rawSheetXml(s.rows, options, i) }));
  const shared = options.sharedStrings;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${
    shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''
  }</Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET_NS}" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets>${sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${NS}/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const workbookRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships">${sheets
    .map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`))
    .join('')}${rel('rIdStyles', 'styles', 'styles.xml')}${shared ? rel('rIdShared', 'sharedStrings', 'sharedStrings.xml') : ''}</Relationships>`;
  const head: ZipPart[] = [
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: rootRels },
  ];
  const book: ZipPart[] = [
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/styles.xml', data: STYLES },
    ...(shared
      ? [{ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SHEET_NS}">${shared.map((t) => `<si><t>${escapeXml(t)}</t></si>`).join('')}</sst>` }]
      : []),
  ];
  return writeZip(file, options.workbookLast ? [...head, ...sheetParts, ...book] : [...head, ...book, ...sheetParts]);
}
