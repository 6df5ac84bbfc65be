import { editDistance } from '../../platform/matching/similarity';
/**
 * Matches region names as offices type them ("Kec. Sangir", "KPGD", "Lb. Gadang", "sungai  pagu")
 * to the region master. Exact matches (after tidying case, spaces and prefixes) are silent; loose
 * matches say so, so the operator can check; ambiguous or unknown names name their candidates.
 */

export interface MatchCandidate {
  code: string;
  name: string;
}

export type MatchResult =
  | { kind: 'exact'; region: MatchCandidate }
  | { kind: 'loose'; region: MatchCandidate; how: string }
  | { kind: 'ambiguous'; candidates: MatchCandidate[] }
  | { kind: 'unknown'; suggestions: MatchCandidate[] };

/** Common abbreviations in Minangkabau and Indonesian place names. */
const ABBREVIATIONS: Record<string, string> = {
  sei: 'sungai', sg: 'sungai', sgi: 'sungai', sng: 'sungai', s: 'sungai',
  lb: 'lubuk', lbk: 'lubuk',
  kt: 'koto', kto: 'koto',
  pd: 'padang', pdg: 'padang', pdang: 'padang',
  tj: 'tanjung', tjg: 'tanjung', tg: 'tanjung',
  ps: 'pasar', psr: 'pasa', pss: 'pasar',
  sp: 'simpang', spg: 'simpang',
  bt: 'batang', btg: 'batang',
  kp: 'kampung', kpg: 'kampung', kmp: 'kampung',
  ma: 'muara', mr: 'muara',
  bkt: 'bukit', bk: 'bukit',
  tlk: 'teluk',
  dsn: 'dusun',
  ujg: 'ujung',
  tgh: 'tengah', tngh: 'tengah',
  sel: 'selatan', sltn: 'selatan', slt: 'selatan',
  utr: 'utara', ut: 'utara',
  tim: 'timur', tmr: 'timur',
  bar: 'barat', brt: 'barat',
};

const PREFIXES = /^(kecamatan|kec|kabupaten|kab|nagari|ngr|desa|ds|kelurahan|kel|gampong|kampung adat)\b\.?\s*/;

export function normalizeRegionName(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .replace(PREFIXES, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function words(normalized: string): string[] {
  return normalized.split(' ').filter(Boolean);
}

export class RegionMatcher {
  private readonly byNormalized = new Map<string, MatchCandidate[]>();
  private readonly entries: { region: MatchCandidate; words: string[]; normalized: string }[];

  constructor(private readonly regions: readonly MatchCandidate[]) {
    this.entries = regions.map((region) => {
      const normalized = normalizeRegionName(region.name);
      const list = this.byNormalized.get(normalized) ?? [];
      list.push(region);
      this.byNormalized.set(normalized, list);
      return { region, words: words(normalized), normalized };
    });
  }

  match(raw: string): MatchResult {
    const text = raw.trim();
    const byCode = this.regions.find((r) => r.code === text || r.code.replace(/\./g, '') === text.replace(/\./g, ''));
    if (byCode && /^[\d.]+$/.test(text)) return { kind: 'exact', region: byCode };

    const normalized = normalizeRegionName(text);
    if (!normalized) return { kind: 'unknown', suggestions: [] };
    const exact = this.byNormalized.get(normalized);
    if (exact?.length === 1) {
      return tidyOnly(text, exact[0]!) ? { kind: 'exact', region: exact[0]! } : { kind: 'loose', region: exact[0]!, how: 'penulisan' };
    }
    if (exact && exact.length > 1) return { kind: 'ambiguous', candidates: exact };

    const given = words(normalized);
    const rules: [string, (e: (typeof this.entries)[number]) => boolean][] = [
      ['singkatan', (e) => wordsMatchAbbreviated(given, e.words)],
      ['inisial', (e) => given.length === 1 && e.words.length > 1 && initials(e.words) === given[0]],
      ['ejaan', (e) => closeSpelling(normalized, e.normalized)],
    ];
    for (const [how, test] of rules) {
      const found = this.entries.filter(test).map((e) => e.region);
      if (found.length === 1) return { kind: 'loose', region: found[0]!, how };
      if (found.length > 1) return { kind: 'ambiguous', candidates: found };
    }
    return { kind: 'unknown', suggestions: this.suggest(normalized) };
  }

  private suggest(normalized: string): MatchCandidate[] {
    return this.entries
      .map((e) => ({ region: e.region, distance: editDistance(normalized, e.normalized) }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 3)
      .filter((s) => s.distance <= Math.max(3, normalized.length / 2))
      .map((s) => s.region);
  }
}

/**
 * True when the text is the name as written, all in capitals (the usual style of office lists), or
 * with an administrative prefix ("Kec. ", "Nagari "). Other case or spacing slips count as loose.
 */
function tidyOnly(text: string, region: MatchCandidate): boolean {
  const withoutPrefix = text.replace(/^(kecamatan|kec|nagari|desa|kelurahan|kel)\.?\s+/i, '');
  return withoutPrefix === region.name || withoutPrefix === region.name.toUpperCase();
}

function initials(ws: string[]): string {
  return ws.map((w) => w[0]).join('');
}

/** "lb gadang" ~ "lubuk gadang": each given word is the name's word, its known abbreviation, or a prefix of it. */
function wordsMatchAbbreviated(given: string[], target: string[]): boolean {
  if (given.length !== target.length) return false;
  return given.every((g, i) => {
    const t = target[i]!;
    if (g === t) return true;
    if (ABBREVIATIONS[g] && (ABBREVIATIONS[g] === t || t.startsWith(ABBREVIATIONS[g]))) return true;
    // A lone letter stands for a word only after the first word ("Lb. Gadang T" = Timur).
    if ((g.length >= 2 || i > 0) && t.startsWith(g)) return true;
    return g.length >= 2 && g[0] === t[0] && isSubsequence(g, t);
  });
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

function closeSpelling(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const allowed = a.length >= 10 ? 2 : a.length >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(a, b) <= allowed;
}
