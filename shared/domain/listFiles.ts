/**
 * The file formats every list import reads (worker lists, BPJS lists and recaps, the compliance lists,
 * the workforce table, the nagari budget sheet): one list for the file pickers, the --help texts and
 * the messages. Templates Cakap writes stay .xlsx.
 */
export const LIST_FILE_EXTENSIONS = ['xlsx', 'xls', 'ods', 'csv'] as const;

/** The formats as a sentence says them: ".xlsx, .xls, .ods atau .csv". */
export const LIST_FILE_FORMATS = '.xlsx, .xls, .ods atau .csv';
