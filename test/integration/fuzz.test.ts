import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { CakapError } from '../../electron/core/platform/errors';
import { importWorkers } from '../../electron/core/features/import/importWorkers';
import { runCli } from '../../electron/cli/main';
import { ApiCallError, ERROR_CODES } from '../../shared/contract/errors';
import { newCore } from '../helpers/core';
import { dumpDatabase } from '../helpers/db';
import { writeWithSheetJs, type LegacySheet } from '../helpers/legacyFiles';
import { kindFile, LIST_KINDS, withWorkforce, type ListKind } from '../helpers/listKinds';
import { columnLetters, writeRawXlsx, type RawCell, type RawOptions } from '../helpers/rawXlsx';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { nik, snapshot } from '../helpers/workerLists';
import { random, withinTimeLimit } from '../helpers/fuzz';


/** Imports one file; any outcome is fine except a crash, a hang, or a rejection that changed something. */
async function tryImport(core: Awaited<ReturnType<typeof newCore>>, file: string): Promise<'imported' | 'refused'> {
  const before = snapshot(core);
  try {
    await withinTimeLimit(
      importWorkers(core.context.store, { file, displayName: path.basename(file), mode: 'commit', actor: 'fuzz', now: new Date('2025-10-31T00:00:00Z'), issueLimit: 5 }),
      path.basename(file),
    );
    return 'imported';
  } catch (error) {
    // A refusal must be one of ours, in words, and must leave the database exactly as it was.
    if (!(error instanceof CakapError)) throw new Error(`${path.basename(file)}: bukan penolakan yang rapi: ${String(error)}`, { cause: error });
    expect(error.message.length).toBeGreaterThan(10);
    expect(snapshot(core)).toBe(before);
    return 'refused';
  }
}

describe('fuzzing the worker-list import', () => {
  it('hundreds of damaged and strange files: no crash, no hang, no change on refusal', async () => {
    const core = await newCore();
    const dir = tempDir();
    const rows: (string | number | Date | null)[][] = [['No', 'NIK', 'Nama', 'Tgl Lahir', 'L/P', 'Nagari', 'Pekerjaan']];
    for (let i = 0; i < 30; i++) rows.push([i + 1, nik({ day: 1 + (i % 28), month: 1 + (i % 12), year: 1980, seq: i + 1 }), `Pekerja ${i}`, '12-05-1980', 'L', 'Lubuk Gadang', 'Petani']);
    const valid = await writeXlsx(path.join(dir, 'asli.xlsx'), [{ name: 'Data', rows }]);
    const original = fs.readFileSync(valid);
    const next = random(20251125);
    const outcomes = { imported: 0, refused: 0 };

    // Bytes of the zip changed: headers, compressed data, the central directory, anywhere.
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.from(original);
      const flips = 1 + Math.floor(next() * 12);
      for (let f = 0; f < flips; f++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      if (next() < 0.1) bytes.subarray(0, Math.floor(next() * bytes.length)).copy(bytes, Math.floor(next() * bytes.length));
      const file = path.join(dir, `rusak-${i}.xlsx`);
      fs.writeFileSync(file, next() < 0.1 ? bytes.subarray(0, Math.floor(next() * bytes.length)) : bytes);
      outcomes[await tryImport(core, file)]++;
    }

    // Cells full of what offices and mischief put in them.
    const strange = [
      '', ' ', '\t', '=1+1', '=HYPERLINK("http://x","y")', '+62', '-', '@SUM(A1)', 'x'.repeat(40_000), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u0000\u0007', '‮gnirts',
      '9'.repeat(40), '-1', '1e308', 'NaN', '31-02-2020', '00-00-0000', '2099-01-01', 'Lubuk Gadang Lubuk Gadang', 'KPGD', "O'Neil", '"', '<b>x</b>',
    ];
    for (let i = 0; i < 120; i++) {
      const mutated = rows.map((row, r) =>
        r === 0 && next() < 0.9
          ? row
          : row.map((cell) => (next() < 0.3 ? (next() < 0.5 ? strange[Math.floor(next() * strange.length)]! : next() < 0.5 ? next() * 1e17 : null) : cell)),
      );
      const file = await writeXlsx(path.join(dir, `aneh-${i}.xlsx`), [{ name: next() < 0.1 ? 'Sheet=1' : 'Data', rows: mutated }]);
      outcomes[await tryImport(core, file)]++;
    }

    // The same list as .xls and .ods (SheetJS's writers), bytes damaged the same ways: read in the legacy reader thread.
    for (const bookType of ['biff8', 'ods'] as const) {
      const legacy = fs.readFileSync(writeWithSheetJs(path.join(dir, `asli.${bookType}`), [{ name: 'Data', rows }], bookType));
      for (let i = 0; i < 10; i++) {
        const bytes = Buffer.from(legacy);
        const flips = 1 + Math.floor(next() * 12);
        for (let f = 0; f < flips; f++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
        const file = path.join(dir, `rusak-${i}.${bookType === 'biff8' ? 'xls' : 'ods'}`);
        fs.writeFileSync(file, next() < 0.2 ? bytes.subarray(0, Math.floor(next() * bytes.length)) : bytes);
        outcomes[await tryImport(core, file)]++;
      }
    }

    expect(outcomes.imported + outcomes.refused).toBe(340);
    // Both paths were exercised: some damage is harmless, most is refused.
    expect(outcomes.imported).toBeGreaterThan(30);
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(core.context.store.integrityCheck()).toBe('ok');
  }, 600_000);
});

/**
 * Every list kind (test/helpers/listKinds.ts: a new kind is one entry there) in every format, through
 * the contract as the doors call it: a figure no column could hold and one that is only odd, row and
 * cell references malformed, twice or out of order, cells no writer makes, and damaged bytes. Each
 * file is imported (exit 0) or refused with a sentence (exit 2) and the database left as it was;
 * never an internal fault (exit 1), never a hang.
 */
const HUGE = 1e20;

/** Cells a damaged or hand-made .xlsx can hold that no spreadsheet program writes. */
const HOSTILE_CELLS: RawCell[] = [
  { xml: '<c s="1"><v>1E+20</v></c>' },
  { xml: '<c s="1"><v>-5</v></c>' },
  { xml: '<c s="1"><v>NaN</v></c>' },
  { xml: '<c s="1"><v>Infinity</v></c>' },
  { xml: '<c s="1"><v>1e999</v></c>' },
  { xml: '<c t="d"><v>bukan tanggal</v></c>' },
  { xml: '<c t="d"><v>+275760-09-14T00:00:00Z</v></c>' },
  { xml: '<c t="e"><v>#DIV/0!</v></c>' },
  { xml: '<c t="s"><v>99999</v></c>' },
  { xml: '<c t="s"><v>-1</v></c>' },
  { xml: '<c s="999"><v>12</v></c>' },
  { xml: '<c t="b"><v>1</v></c>' },
  { xml: '<c t="inlineStr"><is><r><t>Teks</t></r><r><t> kaya</t></r><rPh><t>x</t></rPh></is></c>' },
  { xml: '<c><f>1/0</f></c>' },
  { xml: '<c t="str"><f>A1</f><v>=1+1</v></c>' },
  { xml: '<c><v>0x1F</v></c>' },
  { xml: '<c><v>99999999999999999999</v></c>' },
  { xml: '<c t="inlineStr"><is><t>99999999999999999999</t></is></c>' },
];

const WRITERS: Record<'xlsx' | 'xls' | 'ods', (file: string, sheets: LegacySheet[]) => Promise<string> | string> = {
  xlsx: (file, sheets) => writeXlsx(file, sheets),
  xls: (file, sheets) => writeWithSheetJs(file, sheets, 'biff8'),
  ods: (file, sheets) => writeWithSheetJs(file, sheets, 'ods'),
};

/** A kind's sheets with its figure cell set to a value. */
function withFigure(kind: ListKind, value: LegacySheet['rows'][number][number]): LegacySheet[] {
  const sheets = structuredClone(kind.sheets());
  const [s, r, c] = kind.figure;
  sheets[s]!.rows[r]![c] = value;
  return sheets;
}

/** One import through the contract: the outcome's text, or the refusal's sentence with the database unchanged. */
async function attempt(core: Core, kind: ListKind, file: string): Promise<{ text: string; refused: string | null }> {
  const before = dumpDatabase(core.context.dbPath);
  try {
    return { text: JSON.stringify(await withinTimeLimit(kind.importFile(core, file), path.basename(file))), refused: null };
  } catch (error) {
    if (!(error instanceof ApiCallError) || error.code === ERROR_CODES.internal) {
      throw new Error(`${kind.name}, ${path.basename(file)}: bukan penolakan yang rapi: ${String(error)}`, { cause: error });
    }
    expect(error.message.length).toBeGreaterThan(10);
    expect(dumpDatabase(core.context.dbPath)).toEqual(before);
    return { text: '', refused: error.message };
  }
}

function expectHuge(kind: ListKind, outcome: { text: string; refused: string | null }, where: string): void {
  if ('refused' in kind.huge) expect(outcome.refused, where).toMatch(kind.huge.refused);
  else expect(outcome.text, where).toMatch(kind.huge.row);
}

describe('fuzzing every list kind in every format', () => {
  LIST_KINDS.forEach((kind, index) => {
    it(`${kind.name}: huge and odd figures, references malformed, twice or out of order, cells no writer makes, damaged bytes`, async () => {
      const core = await newCore();
      await withWorkforce(core);
      const dir = tempDir();
      const next = random(20251206 + index);

      // A figure no column could hold, in every format: the row rejected in words (or the table refused whole).
      for (const [format, write] of Object.entries(WRITERS)) {
        const file = await write(kindFile(dir, kind, format, '-besar'), withFigure(kind, HUGE));
        expectHuge(kind, await attempt(core, kind, file), `${format}: ${HUGE}`);
      }
      // One that is possible but odd: taken, with a warning.
      if (kind.odd !== null) {
        const odd = await attempt(core, kind, await WRITERS.xlsx(kindFile(dir, kind, 'xlsx', '-aneh'), withFigure(kind, kind.odd)));
        expect(odd.refused).toBeNull();
        expect(odd.text).toMatch(/tidak biasa/);
      }

      // References as a damaged or hand-edited file holds them, and cells no writer makes. The figure's row
      // has a malformed row reference ("x5") and the figure cell a malformed one ("i5"): both are read by
      // position, as Excel reads a missing one, so the huge figure's message names its real row and column;
      // every other row lacks its reference. Copies of the figure's row carry the hostile cells.
      const [s, r, c] = kind.figure;
      const sheets = withFigure(kind, HUGE) as { name: string; rows: RawCell[][] }[];
      const rowOf = sheets[s]!.rows[r]!;
      sheets[s]!.rows.splice(r + 1, 0, ...HOSTILE_CELLS.map((cell) => rowOf.map((v, i) => (i === c ? cell : v))));
      const malformed: RawOptions = {
        rowRef: (row, sheet) => (sheet === s && row === r ? `x${row + 1}` : row === 0 ? undefined : null),
        cellRef: (row, column, sheet) => (sheet === s && row === r && column === c ? `${columnLetters(column).toLowerCase()}${row + 1}` : null),
        sharedStrings: ['satu'],
      };
      expectHuge(kind, await attempt(core, kind, writeRawXlsx(kindFile(dir, kind, 'xlsx', '-rujukan'), sheets, malformed)), 'malformed references');

      // A row or a cell named twice, or a row before the one above it: refused in one sentence (the reader
      // refuses them before any list's rules, so the kinds take turns with the three cases).
      const plainSheets = kind.sheets();
      const sheetName = sheets[s]!.name.replace(/[()]/g, '\\$&');
      const structure = [
        { suffix: '-ganda', options: { rowRef: (row, sheet) => (sheet === s && row === r ? String(r) : undefined) }, refused: `di lembar kerja "${sheetName}" baris ${r} disebut dua kali\\.` },
        { suffix: '-terbalik', options: { rowRef: (row, sheet) => (sheet === s && row === r - 1 ? '1000' : undefined) }, refused: `di lembar kerja "${sheetName}" baris ${r + 1} tertulis sesudah baris 1000 \\(urutan baris terbalik\\)` },
        {
          suffix: '-sel-ganda',
          options: { cellRef: (row, column, sheet) => (sheet === s && row === r && column === c ? `${columnLetters(Math.max(0, c - 1))}${r + 1}` : undefined) },
          refused: `di lembar kerja "${sheetName}" sel [A-Z]+${r + 1} (disebut dua kali|tertulis sesudah sel)`,
        },
      ] satisfies { suffix: string; options: RawOptions; refused: string }[];
      const turn = structure[index % structure.length]!;
      const refused = await attempt(core, kind, writeRawXlsx(kindFile(dir, kind, 'xlsx', turn.suffix), plainSheets, turn.options));
      expect(refused.refused).toMatch(new RegExp(`rusak: ${turn.refused}`));

      // Damaged bytes, in the format this kind takes its turn with.
      const format = (['xlsx', 'xls', 'ods'] as const)[index % 3]!;
      const original = fs.readFileSync(await WRITERS[format](kindFile(dir, kind, format, '-asli'), kind.sheets()));
      const bytes = Buffer.from(original);
      const flips = 1 + Math.floor(next() * 8);
      for (let f = 0; f < flips; f++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      const file = path.join(dir, `rusak.${format}`);
      fs.writeFileSync(file, bytes);
      await attempt(core, kind, file);
      expect(core.context.store.integrityCheck()).toBe('ok');
    }, 300_000);
  });
});

/**
 * `cakap plan SCENARIO.json` with every kind of wrong file a person or a script can hand it: the
 * command run in this process (runCli, the CLI's own entry), so one process checks them all.
 */
describe('fuzzing plan scenario files', () => {
  it('malformed JSON, wrong types, huge or non-finite numbers, deep nesting: exit 0 or 2 with a sentence, never 1, never a hang; a refusal saves nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cakap.sqlite');
    const core = await newCore({ dir });
    await core.invoke('workforce.save', { year: 2027, entries: [{ areaCode: '13.11', count: 90_000 }] });
    await core.invoke('targets.set', { year: 2027, percent: 30.5 });
    const valid = {
      name: 'Rencana uji',
      year: 2027,
      asOf: '2026-11-30',
      premium: 16800,
      months: 12,
      programs: [
        { source: 'apbd_kabupaten', budget: 1_500_000_000 },
        { source: 'dbh_sawit', workers: 2000, premium: 20000 },
        { source: 'apb_nagari', perNagari: { 'Lubuk Gadang': 30_000_000 } },
      ],
      employerShare: 0.25,
    };
    const line = (extra: object) => JSON.stringify({ ...valid, programs: [{ source: 'csr', ...extra }] });
    const cases: string[] = [
      '',
      '{',
      'null',
      '[]',
      '"rencana"',
      '42',
      '\uFEFF',
      JSON.stringify({ ...valid, name: 5 }),
      JSON.stringify({ ...valid, year: '2027' }),
      JSON.stringify({ ...valid, year: 2027.5 }),
      JSON.stringify({ ...valid, year: 1e308 }),
      JSON.stringify({ ...valid, asOf: '2026-02-30' }),
      JSON.stringify({ ...valid, premium: -1 }),
      JSON.stringify({ ...valid, months: 0 }),
      JSON.stringify({ ...valid, programs: 'semua' }),
      JSON.stringify({ ...valid, programs: Array.from({ length: 500 }, () => valid.programs[0]) }),
      JSON.stringify({ ...valid, renew: [1e308, -1] }),
      JSON.stringify({ ...valid, name: 'x'.repeat(1_000_000) }),
      JSON.stringify({ ...valid, name: 'Rencana\u0000\u202e💥' }),
      JSON.stringify({ ...valid, unknown: true }),
      line({ budget: 1e308 }),
      line({ budget: 1e16 }),
      line({ budget: -0 }),
      line({ workers: 1e300 }),
      line({ workers: 1e20 }),
      line({ workers: 1 }).replace('"workers":1', '"workers":9007199254740993'),
      line({ workers: 1000, premium: 1e15 }),
      line({ perNagari: 1e300 }),
      line({ perNagari: { 'Lubuk Gadang': 1e300 } }),
      line({ perNagari: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`Nagari ${i}`, 1000])) }),
      line({ perNagari: { a: { b: { c: 1 } } } }),
      // JSON has no Infinity or NaN, but a number past a double's range reads as Infinity.
      line({ budget: 1 }).replace('"budget":1', '"budget":1e999'),
      line({ budget: 1 }).replace('"budget":1', '"budget":-1e999'),
      line({ budget: 1 }).replace('"budget":1', '"budget":NaN'),
      JSON.stringify({ ...valid, targetPercent: 1e-320 }),
      `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
      JSON.stringify({ ...valid, programs: [] }).replace('"programs":[]', `"programs":[${'['.repeat(100_000)}${']'.repeat(100_000)}]`),
      JSON.stringify({ ...valid, programs: [] }).replace('"programs":[]', `"programs":[{"source":"csr","perNagari":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]`),
    ];
    // And the valid file with bytes changed at random.
    const next = random(20261206);
    const text = JSON.stringify(valid, null, 2);
    for (let i = 0; i < 30; i++) {
      const chars = text.split('');
      for (let f = 0; f < 1 + Math.floor(next() * 4); f++) chars[Math.floor(next() * chars.length)] = String.fromCharCode(32 + Math.floor(next() * 95));
      cases.push(chars.join(''));
    }

    const errors: string[] = [];
    const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')))];
    const codes = { 0: 0, 2: 0 };
    try {
      for (const [i, content] of cases.entries()) {
        const file = path.join(dir, `skenario-${i}.json`);
        fs.writeFileSync(file, content);
        const before = dumpDatabase(db);
        errors.length = 0;
        const code = await withinTimeLimit(runCli(['plan', '--db', db, file]), `skenario ${i}`);
        expect({ i, code, errors }).toMatchObject({ i, code: expect.toBeOneOf([0, 2]) });
        if (code === 2) {
          // One Indonesian line, and nothing saved.
          expect({ i, errors: errors.length }).toEqual({ i, errors: 1 });
          expect(errors[0]!.length).toBeGreaterThan(20);
          expect(dumpDatabase(db)).toEqual(before);
        }
        codes[code as 0 | 2]++;
      }
    } finally {
      for (const spy of quiet) spy.mockRestore();
    }
    expect(codes[0]).toBeGreaterThan(0);
    expect(codes[2]).toBeGreaterThan(40);
  }, 300_000);
});
