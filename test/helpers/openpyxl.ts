import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Writes an .xlsx with openpyxl (Debian's python3-openpyxl), a different writer than exceljs: shared
 * strings, cell types and dates the way Python tools (and the BPJS branch's exports) lay them out.
 * A value {date: "YYYY-MM-DD"} becomes a real Excel date; {text: "…"} a string even if it looks numeric.
 */
export type PyCell = string | number | null | { date: string } | { text: string };

export function writeWithOpenpyxl(file: string, sheets: { name: string; rows: PyCell[][]; merges?: string[] }[]): string {
  const script = `
import json, sys, datetime
from openpyxl import Workbook
spec = json.load(sys.stdin)
wb = Workbook()
wb.remove(wb.active)
for sheet in spec['sheets']:
    ws = wb.create_sheet(sheet['name'])
    for row in sheet['rows']:
        out = []
        for v in row:
            if isinstance(v, dict) and 'date' in v:
                out.append(datetime.datetime.strptime(v['date'], '%Y-%m-%d'))
            elif isinstance(v, dict) and 'text' in v:
                out.append(v['text'])
            else:
                out.append(v)
        ws.append(out)
        if any(isinstance(v, dict) and 'date' in v for v in row):
            for i, v in enumerate(row):
                if isinstance(v, dict) and 'date' in v:
                    ws.cell(row=ws.max_row, column=i + 1).number_format = 'DD/MM/YYYY'
    for m in sheet.get('merges', []):
        ws.merge_cells(m)
wb.save(spec['file'])
`;
  const result = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify({ file, sheets }), encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(file)) throw new Error(`openpyxl gagal: ${result.stderr}`);
  return file;
}
