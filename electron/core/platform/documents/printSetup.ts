import type ExcelJS from 'exceljs';

/**
 * How every sheet Cakap exports prints: on A4, all columns fitted to one page width (as many pages
 * down as needed), the header row(s) repeated at the top of each page, and the sheet's name with
 * "Halaman n dari N" in the footer. Offices print these workbooks; without this, Excel and
 * LibreOffice cut wide tables into column strips that land on separate pages.
 */

/** Above this many characters of total column width a sheet prints in landscape. */
const PORTRAIT_MAX_WIDTH = 95;

export interface PrintOptions {
  /** Widths of the sheet's columns in characters (as given to `sheet.columns`); decides the orientation. */
  columnWidths?: readonly number[];
  /** Force the orientation instead of deciding it from the widths. */
  landscape?: boolean;
  /** The rows repeated on every page, as Excel writes them ("1:1", "1:3"); default the first row. */
  titleRows?: string;
}

export type PrintSetup = Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter'>;

/** Options for `workbook.addWorksheet(name, { ...printSetup(…) })`, streaming writer or not. */
export function printSetup(options: PrintOptions = {}): PrintSetup {
  const width = (options.columnWidths ?? []).reduce((sum, w) => sum + w, 0);
  const landscape = options.landscape ?? width > PORTRAIT_MAX_WIDTH;
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      printTitlesRow: options.titleRows ?? '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      // &A: the sheet's name; &P and &N: this page and the number of pages.
      oddFooter: '&L&8&A&R&8Halaman &P dari &N',
      evenFooter: '&L&8&A&R&8Halaman &P dari &N',
    },
  };
}

/** The same setup applied to a sheet that already exists (non-streaming workbooks). */
export function applyPrintSetup(sheet: ExcelJS.Worksheet, options: PrintOptions = {}): void {
  const setup = printSetup({ columnWidths: options.columnWidths ?? sheet.columns?.map((c) => c.width ?? 10), ...options });
  Object.assign(sheet.pageSetup, setup.pageSetup);
  Object.assign(sheet.headerFooter, setup.headerFooter);
}
