/**
 * A template described as data: its sheet, its title, and one entry per column with the header the
 * importer recognises for certain, what kind of value goes in, its drop-down list, and how to fill
 * it. writeTemplate.ts turns any spec into a workbook; each list Cakap reads has one spec.
 */

/** Where a drop-down's choices come from: the database (regions, occupations) or the spec itself. */
export type ChoiceSource = { list: 'districts' | 'villages' | 'sex' | 'occupations' } | { values: readonly string[] };

export interface TemplateColumn {
  /** The header cell: a name the importer maps with full confidence. */
  header: string;
  /** Column width in characters. */
  width: number;
  /**
   * text: any text; digits: a number kept as text (NIK, KPJ, telephone), so Excel never rounds it or
   * drops a leading 0; date: a date cell; whole: a whole number of at least 0; rupiah: a whole amount;
   * year: a year, written without a thousands separator.
   */
  type: 'text' | 'digits' | 'date' | 'whole' | 'rupiah' | 'year';
  /** digits only: how many digits are allowed. */
  length?: { min: number; max: number };
  choices?: ChoiceSource;
  /** stop: only the list's values; warning: another value after a question; information: the list is a help. */
  strictness?: 'stop' | 'warning' | 'information';
  required?: boolean;
  /** The row-number column ("No"): a count nobody needs telling how to write. */
  numbering?: boolean;
  /** How to fill the column, for the instruction sheet and the cell's input message. */
  explain: string;
  example: string;
}

export interface TemplateSpec {
  fileName: string;
  /** The sheet the data goes in; always the first sheet of the workbook. */
  sheetName: string;
  title: string;
  /** The line under the title of the data sheet: where to start, what to read first. */
  dataNote: string;
  /** What one row is: "satu orang", "satu usaha", "satu paket pekerjaan". */
  rowUnit: string;
  /** Whether the list names people (UU 27/2022): the instructions then say how to handle it. */
  personalData: boolean;
  /** What the list is for and who fills it in, as the instruction sheet's first paragraphs. */
  purpose: string[];
  columns: TemplateColumn[];
  /** Rows filled in already (the workforce template lists every kecamatan). */
  prefilled?: (string | number | null)[][];
  /** Empty rows given the columns' formats and drop-downs. */
  blankRows: number;
  /** Further lines of the instruction sheet, after the general steps. */
  notes: string[];
  /** Whether the instruction sheet lists every kecamatan with its villages. */
  showRegions: boolean;
}

/** What the database says about the regency, for the drop-down lists and the instructions. */
export interface TemplateLists {
  regencyName: string;
  villageLabel: string;
  districts: { name: string; code: string; villages: string[] }[];
  occupations: string[];
}

/** The data sheet's layout: a title row, a note row, then the header; the data starts under it. */
export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;
