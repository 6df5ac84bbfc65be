/**
 * The file formats every list import reads (worker lists, BPJS lists and recaps, the compliance lists,
 * the workforce table, the nagari budget sheet): one list for the file pickers, the --help texts and
 * the messages. Templates Cakap writes stay .xlsx.
 */
export const LIST_FILE_EXTENSIONS = ['xlsx', 'xls', 'ods', 'csv'] as const;

/** The formats as a sentence says them: ".xlsx, .xls, .ods atau .csv". */
export const LIST_FILE_FORMATS = '.xlsx, .xls, .ods atau .csv';

/** The line every import command's --help and the import pages say about the files they read. */
export const LIST_FILE_HELP = 'Berkas: .xlsx, .xls (Excel 97–2003), .ods (LibreOffice/OpenDocument) atau .csv; jenisnya dikenali dari isinya, bukan dari namanya.';

/** A file picker's filter for a list: its name, and the formats it can be. */
export function listFileKind(name: string): { name: string; extensions: string[] } {
  return { name, extensions: [...LIST_FILE_EXTENSIONS] };
}
