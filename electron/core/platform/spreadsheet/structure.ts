import { fileUnreadable } from '../errors';
import type { Cell, ReadOptions } from './readOptions';

/**
 * A sheet laid out as no spreadsheet program writes it (a row or cell named twice, or before the one
 * above or left of it): Excel itself calls such a file damaged. Refused in one sentence that names
 * the sheet and what was found, rather than guessing which of two rows called "3" is row 3.
 */
export function badStructure(displayName: string, sheet: string, detail: string): Error {
  return fileUnreadable(
    `Berkas "${displayName}" rusak: di lembar kerja "${sheet}" ${detail}. Buka berkasnya di Excel atau LibreOffice lalu simpan ulang, atau minta pengirim mengirim ulang berkasnya.`,
  );
}

/**
 * The callbacks of a read, with every reader's rows held to the rule the importers rely on: each row
 * number is a whole number from 1 up, larger than the one before it in its sheet (rows.ts, the issues
 * and the database's row columns all assume it). A reader that breaks it (a damaged file the format's
 * own checks let through) stops with badStructure instead of sending a row twice or a row without a number.
 */
export function rowsInOrder(options: ReadOptions, displayName: string): ReadOptions {
  let sheet = '';
  let last = 0;
  return {
    ...options,
    onSheet(name, index) {
      sheet = name;
      last = 0;
      options.onSheet(name, index);
    },
    onRow(rowNumber: number, cells: Cell[]) {
      if (!Number.isSafeInteger(rowNumber) || rowNumber < 1) throw badStructure(displayName, sheet, `ada baris tanpa nomor yang sah (${String(rowNumber)})`);
      if (rowNumber <= last) {
        throw badStructure(
          displayName,
          sheet,
          rowNumber === last ? `baris ${rowNumber} disebut dua kali` : `baris ${rowNumber} tertulis sesudah baris ${last} (urutan baris terbalik)`,
        );
      }
      last = rowNumber;
      return options.onRow(rowNumber, cells);
    },
  };
}
