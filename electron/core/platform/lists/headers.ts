import { wordKey } from '../../../../shared/domain/words';
import { editDistance } from '../matching/similarity';

/**
 * Reading a list's column headers against a vocabulary of what each field is called. Offices name
 * their columns in many ways ("No. KTP", "NIK KTP", "Nomor Induk Kependudukan"); every list kind
 * (workers, BPJS, employers, construction, bills, claims) gives its own vocabulary.
 */

/** "No. KTP/NIK" -> "no ktp nik": lower case, no accents, words separated by one space. */
export const normalizeHeader = wordKey;

/**
 * The best field for a header among a vocabulary: an exact synonym (1), a synonym followed by more
 * words ("Nama Lengkap Sesuai KTP", 0,85), a synonym among the words (0,75), a one-letter typo (0,6).
 * Used by the worker lists and the BPJS lists alike.
 */
export function guessFrom<F extends string>(header: string, vocabulary: Record<F, string[]>, exclude: RegExp | null): { field: F; confidence: number } | null {
  const text = normalizeHeader(header);
  if (!text || text.length > 80) return null;
  let best: { field: F; confidence: number } | null = null;
  const consider = (field: F, confidence: number) => {
    if (!best || confidence > best.confidence) best = { field, confidence };
  };
  const entries = Object.entries(vocabulary) as [F, string[]][];
  for (const [field, synonyms] of entries) {
    for (const synonym of synonyms) if (text === synonym) consider(field, 1);
  }
  if (best) return best;
  if (exclude?.test(text)) return null;
  const words = ` ${text} `;
  for (const [field, synonyms] of entries) {
    for (const synonym of synonyms) {
      if (synonym.length < 2) continue;
      if (text.startsWith(`${synonym} `)) consider(field, 0.85 + synonym.length / 1000);
      else if (synonym.length >= 3 && words.includes(` ${synonym} `)) consider(field, 0.75 + synonym.length / 1000);
      else if (synonym.length >= 6 && Math.abs(text.length - synonym.length) <= 1 && editDistance(text, synonym) <= 1) consider(field, 0.6);
    }
  }
  return best;
}
