import { bigrams } from './similarity';

/**
 * Matching the entries of two lists (businesses to BPJS employers, packages to BPJS project
 * registrations) without comparing every pair:
 *  1. pairs a person confirmed before;
 *  2. the same identity number on both sides (NIB, NPWP, contract number), in the order given;
 *  3. the same name (and the same block, e.g. kecamatan, when both sides know it);
 *  4. similar names, found through an index of the right side's words and word beginnings, go to a
 *     review list: a person confirms or rejects them; they are never matched silently.
 * Each entry is matched at most once on each side. Pairs a person rejected are never proposed again.
 */

export interface MatchEntry {
  key: string;
  /** Identity numbers by type ("nib", "npwp", "contract"), normalised; absent when unknown. */
  ids: Readonly<Record<string, string | null | undefined>>;
  /** The normalised name; tokens are its words. */
  name: string;
  tokens: readonly string[];
  /** Entries in different blocks never match by name (kecamatan); null: not known. */
  block: string | null;
}

export type ReviewReason =
  | { kind: 'similar'; score: number; sameBlock: boolean }
  | { kind: 'sameNameBlockUnknown' }
  | { kind: 'conflictingId'; idType: string; left: string; right: string }
  | { kind: 'ambiguous'; others: number };

export interface MatchLink {
  left: string;
  right: string;
  /** The identity type that matched, "name", or "confirmed". */
  method: string;
  score: number;
}

export interface MatchReview {
  left: string;
  right: string;
  score: number;
  reason: ReviewReason;
}

export interface MatchOptions<L extends MatchEntry, R extends MatchEntry> {
  /** Identity types in order of trust. */
  idTypes: readonly string[];
  /** 0..1: how alike two entries are (names, and whatever else the domain weighs). */
  similarity(left: L, right: R, leftGrams: ReadonlySet<string>, rightGrams: ReadonlySet<string>): number;
  /** Whether a same-name pair is the same entry (the domain may ask more, e.g. the same contract value). */
  sameEntry?(left: L, right: R): boolean;
  /** At or above this similarity a pair goes to the review list. */
  reviewAt: number;
  /** Pairs decided by a person, as pairKey(left, right). */
  confirmed: ReadonlySet<string>;
  rejected: ReadonlySet<string>;
  /** How many candidates of one entry go to review at most (the best ones). */
  reviewsPerEntry?: number;
  /**
   * Whether a same-name match needs both blocks known and equal (businesses: the same kecamatan).
   * Without blocks (projects) the same name and sameEntry are enough. Default true.
   */
  requireBlock?: boolean;
}

export const pairKey = (left: string, right: string): string => `${left}\u0000${right}`;

/** Blocking keys of a name: its words and the first four letters of longer words (typos after them). */
function blockingKeys(tokens: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const t of tokens) {
    if (t.length < 2) continue;
    keys.add(`w:${t}`);
    if (t.length >= 5) keys.add(`p:${t.slice(0, 4)}`);
  }
  return [...keys];
}

const MAX_CANDIDATES = 60;

export function matchLists<L extends MatchEntry, R extends MatchEntry>(lefts: readonly L[], rights: readonly R[], options: MatchOptions<L, R>): { links: MatchLink[]; reviews: MatchReview[] } {
  const links: MatchLink[] = [];
  const reviews: MatchReview[] = [];
  const leftUsed = new Set<string>();
  const rightUsed = new Set<string>();
  const rightByKey = new Map(rights.map((r) => [r.key, r]));
  const leftByKey = new Map(lefts.map((l) => [l.key, l]));
  const link = (left: string, right: string, method: string, score: number) => {
    links.push({ left, right, method, score });
    leftUsed.add(left);
    rightUsed.add(right);
  };
  const reviewed = new Set<string>();
  const review = (left: string, right: string, score: number, reason: ReviewReason) => {
    const pk = pairKey(left, right);
    if (options.rejected.has(pk) || reviewed.has(pk)) return;
    reviewed.add(pk);
    reviews.push({ left, right, score, reason });
  };

  // 1. What a person confirmed stands, as long as both entries are still there.
  for (const pk of options.confirmed) {
    const [left, right] = pk.split('\u0000') as [string, string];
    if (leftByKey.has(left) && rightByKey.has(right) && !leftUsed.has(left) && !rightUsed.has(right)) link(left, right, 'confirmed', 1);
  }

  // 2. Identity numbers. A number carried by several entries on either side is ambiguous: review.
  for (const idType of options.idTypes) {
    const rightsById = new Map<string, R[]>();
    for (const r of rights) {
      const id = r.ids[idType];
      if (id) rightsById.set(id, [...(rightsById.get(id) ?? []), r]);
    }
    const leftsById = new Map<string, L[]>();
    for (const l of lefts) {
      const id = l.ids[idType];
      if (id) leftsById.set(id, [...(leftsById.get(id) ?? []), l]);
    }
    for (const [id, ls] of leftsById) {
      const rs = (rightsById.get(id) ?? []).filter((r) => !rightUsed.has(r.key));
      const open = ls.filter((l) => !leftUsed.has(l.key));
      if (rs.length === 0 || open.length === 0) continue;
      if (rs.length === 1 && open.length === 1) {
        if (!options.rejected.has(pairKey(open[0]!.key, rs[0]!.key))) link(open[0]!.key, rs[0]!.key, idType, 1);
        continue;
      }
      for (const l of open) for (const r of rs) review(l.key, r.key, 1, { kind: 'ambiguous', others: Math.max(rs.length, open.length) - 1 });
    }
  }

  // 3 and 4. Names, through a blocking index of the right side.
  const openRights = rights.filter((r) => !rightUsed.has(r.key));
  const rightGrams = new Map<string, Set<string>>();
  const byName = new Map<string, R[]>();
  const index = new Map<string, number[]>();
  openRights.forEach((r, i) => {
    rightGrams.set(r.key, bigrams(r.name));
    byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    for (const key of blockingKeys(r.tokens)) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  // A word most names share ("toko", "jaya") finds everything and tells nothing.
  const common = Math.max(40, Math.ceil(openRights.length * 0.02));
  const conflicting = (l: L, r: R): { idType: string; left: string; right: string } | null => {
    for (const idType of options.idTypes) {
      const a = l.ids[idType];
      const b = r.ids[idType];
      if (a && b && a !== b) return { idType, left: a, right: b };
    }
    return null;
  };
  const requireBlock = options.requireBlock ?? true;
  const blocksAgree = (l: L, r: R) => (l.block !== null && r.block !== null ? l.block === r.block : !requireBlock && l.block === null && r.block === null);
  const blocksCompatible = (l: L, r: R) => l.block === null || r.block === null || l.block === r.block;

  // Same names first, over the whole left side, so an ambiguous name is seen as such.
  const exactFor = new Map<string, R[]>();
  const claimedBy = new Map<string, string[]>();
  for (const l of lefts) {
    if (leftUsed.has(l.key)) continue;
    const same = (byName.get(l.name) ?? []).filter((r) => !rightUsed.has(r.key) && blocksCompatible(l, r) && (options.sameEntry?.(l, r) ?? true));
    if (same.length === 0) continue;
    exactFor.set(l.key, same);
    for (const r of same) claimedBy.set(r.key, [...(claimedBy.get(r.key) ?? []), l.key]);
  }
  for (const [leftKey, same] of exactFor) {
    const l = leftByKey.get(leftKey)!;
    const sure = same.filter((r) => blocksAgree(l, r) && !conflicting(l, r) && !options.rejected.has(pairKey(l.key, r.key)));
    if (sure.length === 1 && claimedBy.get(sure[0]!.key)!.length === 1 && !rightUsed.has(sure[0]!.key)) {
      link(l.key, sure[0]!.key, 'name', 1);
      continue;
    }
    for (const r of same) {
      const conflict = conflicting(l, r);
      if (conflict) review(l.key, r.key, 1, { kind: 'conflictingId', ...conflict });
      else if (!blocksAgree(l, r)) review(l.key, r.key, 1, { kind: 'sameNameBlockUnknown' });
      else review(l.key, r.key, 1, { kind: 'ambiguous', others: Math.max(same.length, claimedBy.get(r.key)!.length) - 1 });
    }
  }

  const perEntry = options.reviewsPerEntry ?? 2;
  for (const l of lefts) {
    if (leftUsed.has(l.key) || exactFor.has(l.key)) continue;
    const hits = new Map<number, number>();
    for (const key of blockingKeys(l.tokens)) {
      const list = index.get(key);
      if (!list || list.length > common) continue;
      for (const i of list) hits.set(i, (hits.get(i) ?? 0) + 1);
    }
    if (hits.size === 0) continue;
    const grams = bigrams(l.name);
    const candidates = [...hits.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([i]) => openRights[i]!)
      .filter((r) => !rightUsed.has(r.key) && blocksCompatible(l, r) && !conflicting(l, r))
      .map((r) => ({ r, score: options.similarity(l, r, grams, rightGrams.get(r.key)!) }))
      .filter((c) => c.score >= options.reviewAt)
      .sort((a, b) => b.score - a.score)
      .slice(0, perEntry);
    for (const c of candidates) review(l.key, c.r.key, c.score, { kind: 'similar', score: c.score, sameBlock: blocksAgree(l, c.r) });
  }
  return { links, reviews };
}
