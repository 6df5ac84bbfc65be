import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's python3, where python3-openpyxl is installed (a python3 earlier on PATH may lack it). */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** A cell a sender types: text, a number, or a date (written as a real date cell). */
export type TypedCell = string | number | null | { date: string };

/**
 * Fills rows of a sheet with python3 + openpyxl (Debian's python3-openpyxl), the way another program
 * than exceljs saves a template a sender filled in: the cells keep the template's formats.
 */
export async function fillWithOpenpyxl(template: string, out: string, sheet: string, firstRow: number, rows: TypedCell[][], firstColumn = 1): Promise<string> {
  const script = `
import json, sys, datetime, openpyxl
spec = json.loads(sys.argv[1])
book = openpyxl.load_workbook(spec["template"])
sheet = book[spec["sheet"]]
for r, values in enumerate(spec["rows"]):
    for c, value in enumerate(values):
        if value is None:
            continue
        if isinstance(value, dict):
            value = datetime.datetime.strptime(value["date"], "%Y-%m-%d")
        sheet.cell(row=spec["firstRow"] + r, column=spec["firstColumn"] + c, value=value)
book.save(spec["out"])
`;
  await run(PYTHON, ['-c', script, JSON.stringify({ template, out, sheet, firstRow, firstColumn, rows })]);
  return out;
}

/** Opens a workbook in LibreOffice (headless) and saves it again as .xlsx, as a sender using LibreOffice would. */
export async function resaveWithLibreOffice(file: string, outDir: string): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  // A profile of its own, so a LibreOffice already running elsewhere does not swallow the conversion.
  const profile = path.join(outDir, '.lo-profile');
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc Office Open XML', '--outdir', outDir, file], {
    timeout: 120_000,
  });
  const out = path.join(outDir, path.basename(file));
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}
