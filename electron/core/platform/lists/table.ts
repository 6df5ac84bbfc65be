import { guessFrom } from './headers';
import { cellText } from './values';
import type { Cell } from '../spreadsheet/read';

/**
 * Finding the header row of any list Cakap reads besides worker lists (BPJS lists, employer and
 * project lists): the row, among the first 30, whose cells name every required field of a vocabulary,
 * with one column per field. Offices put title rows above it; they never name enough fields to pass.
 */

/** Field -> the header words offices use for it, the canonical one first. */
export type Vocabulary<F extends string> = Record<F, readonly string[]>;

export interface DetectedColumn<F extends string> {
  index: number;
  header: string;
  field: F | 'ignore';
  confidence: number;
}

export interface DetectedTable<F extends string> {
  headerIndex: number;
  columns: DetectedColumn<F>[];
  /** Sum of the confidences of the mapped columns: how strongly the row reads as this kind of list. */
  score: number;
}

const SEARCH_ROWS = 30;
const MIN_CONFIDENCE = 0.6;

export interface DetectOptions {
  /** Header words that contain a field's word but mean something else. */
  exclude?: RegExp | null;
  /** 'first': the first row naming the required fields; 'best': the row naming the most (default 'first'). */
  pick?: 'first' | 'best';
}

export function detectTable<F extends string>(
  rows: readonly Cell[][],
  vocabulary: Vocabulary<F>,
  required: readonly F[],
  options: DetectOptions = {},
): DetectedTable<F> | null {
  let best: DetectedTable<F> | null = null;
  for (let i = 0; i < Math.min(rows.length, SEARCH_ROWS); i++) {
    const guesses = rows[i]!.map((c) => guessFrom(cellText(c), vocabulary as Record<F, string[]>, options.exclude ?? null));
    const fields = new Set(guesses.filter((g) => g && g.confidence >= MIN_CONFIDENCE).map((g) => g!.field));
    if (!required.every((f) => fields.has(f))) continue;
    // One column per field: the most confident claims it, ties go to the leftmost.
    const holder = new Map<F, number>();
    guesses.forEach((g, index) => {
      if (!g || g.confidence < MIN_CONFIDENCE) return;
      const current = holder.get(g.field);
      if (current === undefined || g.confidence > guesses[current]!.confidence) holder.set(g.field, index);
    });
    const columns = rows[i]!.map((c, index): DetectedColumn<F> => {
      const guess = guesses[index];
      const field: F | 'ignore' = guess && holder.get(guess.field) === index ? guess.field : 'ignore';
      return { index, header: cellText(c), field, confidence: field === 'ignore' ? 0 : guess!.confidence };
    });
    const table = { headerIndex: i, columns, score: columns.reduce((n, c) => n + c.confidence, 0) };
    if (options.pick !== 'best') return table;
    if (!best || table.score > best.score) best = table;
  }
  return best;
}

/** The column index of each mapped field. */
export function columnsOf<F extends string>(table: DetectedTable<F>): Partial<Record<F, number>> {
  const map: Partial<Record<F, number>> = {};
  for (const column of table.columns) if (column.field !== 'ignore') map[column.field] = column.index;
  return map;
}
