import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { peakRssMb } from './peakMemory';

/** Baseline: exceljs's streaming reader alone, reading every row of the file with the importer's options. */
async function main(): Promise<void> {
  const file = process.argv[2]!;
  const start = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file, { highWaterMark: 256 * 1024 }), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(JSON.stringify({ seconds, rows, cells, maxRssMb: peakRssMb() }));
}

void main();
