
/** Character pairs of a name without its spaces: what Dice's coefficient compares. */
export function bigrams(key: string): Set<string> {
  const compact = key.replace(/ /g, '');
  const set = new Set<string>();
  for (let i = 0; i < compact.length - 1; i++) set.add(compact.slice(i, i + 2));
  return set;
}

/** Dice's coefficient of two bigram sets: 1 for the same letters in the same order, 0 for nothing shared. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** 1 for the same word, 0,9 for a typo or a word cut short, 0 otherwise. */
function sameWord(a: string, b: string): number {
  if (a === b) return 1;
  // A typo in a longer word ("sejahtra"), or a word cut short ("sejahtera" / "sejaht").
  if (a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) <= 1) return 0.9;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) ? 0.9 : 0;
}

/** How much two names share word by word (typos and cut-off words forgiven), 0 to 1. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const used = new Set<number>();
  let shared = 0;
  for (const word of a) {
    let best = -1;
    let bestScore = 0;
    b.forEach((other, index) => {
      if (used.has(index)) return;
      const score = sameWord(word, other);
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      shared += bestScore;
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** "kud" against "koperasi unit desa": one name is the other's initials. */
export function isInitialsOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  return short[0] === long.map((w) => w[0]).join('');
}

/** The similarity of two names: the better of letters in order and words in common; initials count as close. */
export function nameSimilarity(a: { tokens: readonly string[]; grams: ReadonlySet<string> }, b: { tokens: readonly string[]; grams: ReadonlySet<string> }): number {
  if (isInitialsOf(a.tokens, b.tokens) || isInitialsOf(b.tokens, a.tokens)) return 0.85;
  return Math.max(dice(a.grams, b.grams), wordSimilarity(a.tokens, b.tokens));
}

/** Levenshtein distance: the fewest single-letter edits that turn a into b. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
