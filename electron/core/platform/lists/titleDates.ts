/**
 * The date or month a list is about, as its title, sheet name or file name says it: "per 31 Oktober
 * 2025", "posisi 31-10-2025", "Rekap Okt-2025", "2025-10".
 */
const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, nopember: 11, desember: 12, des: 12,
};

/** "Oktober 2025", "Okt-2025", "10/2025", "2025-10" in any of the texts. */
export function findMonth(texts: readonly string[]): string | null {
  for (const text of texts) {
    const lower = text.toLowerCase();
    const named = /\b([a-z]+)\.?[\s\-_/]*((?:19|20)\d{2})\b/g;
    for (let m = named.exec(lower); m; m = named.exec(lower)) {
      if (MONTHS[m[1]!]) return `${m[2]}-${String(MONTHS[m[1]!]).padStart(2, '0')}`;
    }
    let m = /\b((?:19|20)\d{2})[-_/.](0?[1-9]|1[0-2])\b/.exec(lower);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
    m = /\b(0?[1-9]|1[0-2])[-_/.]((?:19|20)\d{2})\b/.exec(lower);
    if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  }
  return null;
}

/** "per 31 Oktober 2025", "posisi 31-10-2025", "2025-10-31" in any of the texts. */
export function findDate(texts: readonly string[]): string | null {
  for (const text of texts) {
    const lower = text.toLowerCase();
    let m = /\b(\d{1,2})\s+([a-z]+)\s+((?:19|20)\d{2})\b/.exec(lower);
    if (m && MONTHS[m[2]!] && Number(m[1]) >= 1 && Number(m[1]) <= 31) return `${m[3]}-${String(MONTHS[m[2]!]).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    m = /\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b/.exec(lower);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    m = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(lower);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}
