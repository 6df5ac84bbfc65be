import type { RegionRow } from '../../platform/db/queries/regions';
import { normalizeRegionName, RegionMatcher, type MatchCandidate } from './matcher';

/**
 * Places each worker in a kecamatan and a village of the chosen regency, from the names the list
 * gives, or from the sheet's name or title when the list has no such column. Results are cached
 * per distinct spelling: a list of 100.000 rows has only a few dozen village spellings.
 */

export interface RegionProblem {
  severity: 'error' | 'warning';
  code: string;
  field: 'village' | 'district';
  text: string;
}

export interface Placement {
  districtCode: string | null;
  villageCode: string | null;
  problems: RegionProblem[];
}

export class RegionResolver {
  private readonly districts: RegionMatcher;
  private readonly villages: RegionMatcher;
  private readonly villagesIn = new Map<string, RegionMatcher>();
  private readonly parentOf = new Map<string, string>();
  private readonly nameOf = new Map<string, string>();
  private readonly cache = new Map<string, Placement>();

  constructor(
    readonly regency: RegionRow,
    districtRows: readonly RegionRow[],
    villageRows: readonly RegionRow[],
    readonly villageLabel: string,
  ) {
    this.districts = new RegionMatcher(districtRows.map((d) => ({ code: d.code, name: d.name })));
    this.villages = new RegionMatcher(villageRows.map((v) => ({ code: v.code, name: v.name })));
    for (const row of [...districtRows, ...villageRows]) this.nameOf.set(row.code, row.name);
    for (const district of districtRows) {
      const own = villageRows.filter((v) => v.parent_code === district.code);
      this.villagesIn.set(district.code, new RegionMatcher(own.map((v) => ({ code: v.code, name: v.name }))));
    }
    for (const village of villageRows) this.parentOf.set(village.code, village.parent_code!);
  }

  name(code: string | null): string {
    return code ? (this.nameOf.get(code) ?? code) : '';
  }

  districtOf(villageCode: string): string | null {
    return this.parentOf.get(villageCode) ?? null;
  }

  /** Whether a code is one of the regency's kecamatan (a NIK's district part may be of anywhere). */
  isDistrict(code: string): boolean {
    return this.villagesIn.has(code);
  }

  /**
   * The village an operator names for a whole list (`--village`, the Impor page): a name or a
   * Kemendagri code, exactly one village of the regency, or the sentence that says why not.
   */
  findVillage(text: string): { ok: true; code: string; name: string } | { ok: false; text: string } {
    const label = this.villageLabel;
    const match = this.villages.match(text);
    if (match.kind === 'exact' || match.kind === 'loose') return { ok: true, code: match.region.code, name: match.region.name };
    if (match.kind === 'ambiguous') {
      const options = match.candidates.map((c) => `${c.name} (Kecamatan ${this.name(this.districtOf(c.code))}, kode ${c.code})`).join(' atau ');
      return { ok: false, text: `${label} "${text}" bisa berarti ${options}; tulis kodenya.` };
    }
    return { ok: false, text: `${label} "${text}" tidak ada di ${this.regency.name}${suggest(match.suggestions)}.` };
  }

  place(villageText: string, districtText: string): Placement {
    const key = `${villageText}\u0000${districtText}`;
    let placement = this.cache.get(key);
    if (!placement) {
      placement = this.resolve(villageText, districtText);
      this.cache.set(key, placement);
    }
    return placement;
  }

  private resolve(villageText: string, districtText: string): Placement {
    const problems: RegionProblem[] = [];
    const label = this.villageLabel;
    let districtCode: string | null = null;
    if (districtText) {
      const match = this.districts.match(districtText);
      if (match.kind === 'unknown') {
        problems.push({
          severity: 'error',
          code: 'REGION_UNKNOWN',
          field: 'district',
          text: `Kecamatan "${districtText}" tidak ada di ${this.regency.name}${suggest(match.suggestions)}.`,
        });
        return { districtCode: null, villageCode: null, problems };
      }
      if (match.kind === 'ambiguous') {
        problems.push({
          severity: 'error',
          code: 'REGION_AMBIGUOUS',
          field: 'district',
          text: `Kecamatan "${districtText}" bisa berarti ${match.candidates.map((c) => c.name).join(' atau ')}; tulis nama lengkapnya.`,
        });
        return { districtCode: null, villageCode: null, problems };
      }
      districtCode = match.region.code;
      if (match.kind === 'loose') {
        problems.push({
          severity: 'warning',
          code: 'REGION_LOOSE',
          field: 'district',
          text: `Kecamatan "${districtText}" dibaca sebagai ${match.region.name}.`,
        });
      }
    }
    if (!villageText) return { districtCode, villageCode: null, problems };

    const within = districtCode ? this.villagesIn.get(districtCode)!.match(villageText) : null;
    const match = within && (within.kind === 'exact' || within.kind === 'loose') ? within : this.villages.match(villageText);
    if (match.kind === 'unknown') {
      problems.push({
        severity: 'error',
        code: 'REGION_UNKNOWN',
        field: 'village',
        text: `${label} "${villageText}" tidak ada di ${districtCode ? `Kecamatan ${this.name(districtCode)}` : this.regency.name}${suggest(match.suggestions)}.`,
      });
      return { districtCode, villageCode: null, problems };
    }
    if (match.kind === 'ambiguous') {
      const options = match.candidates.map((c) => `${c.name} (Kecamatan ${this.name(this.districtOf(c.code))})`).join(' atau ');
      problems.push({
        severity: 'error',
        code: 'REGION_AMBIGUOUS',
        field: 'village',
        text: `${label} "${villageText}" bisa berarti ${options}; isi kolom kecamatan atau tulis nama lengkapnya.`,
      });
      return { districtCode, villageCode: null, problems };
    }
    const villageCode = match.region.code;
    const parent = this.districtOf(villageCode);
    if (match.kind === 'loose') {
      problems.push({ severity: 'warning', code: 'REGION_LOOSE', field: 'village', text: `${label} "${villageText}" dibaca sebagai ${match.region.name}.` });
    }
    if (districtCode && parent !== districtCode) {
      problems.push({
        severity: 'warning',
        code: 'REGION_MISMATCH',
        field: 'district',
        text: `${label} ${match.region.name} ada di Kecamatan ${this.name(parent)}, bukan ${this.name(districtCode)}; dipakai Kecamatan ${this.name(parent)}.`,
      });
    }
    return { districtCode: parent, villageCode, problems };
  }

  /**
   * The village a sheet is about, from its name ("Lubuk Gadang") or a title row ("DAFTAR PEKERJA
   * RENTAN NAGARI LUBUK GADANG TIMUR"): the longest village name contained in the text, if unique.
   */
  villageFromText(text: string): MatchCandidate | null {
    const normalized = ` ${normalizeRegionName(text)} `;
    let best: { candidate: MatchCandidate; length: number } | null = null;
    let tie = false;
    for (const [code, name] of this.nameOf) {
      if (!this.parentOf.has(code)) continue;
      const needle = ` ${normalizeRegionName(name)} `;
      if (!normalized.includes(needle)) continue;
      if (!best || needle.length > best.length) {
        best = { candidate: { code, name }, length: needle.length };
        tie = false;
      } else if (needle.length === best.length) {
        tie = true;
      }
    }
    return best && !tie ? best.candidate : null;
  }
}

function suggest(candidates: MatchCandidate[]): string {
  return candidates.length > 0 ? ` (maksud Anda ${candidates.map((c) => c.name).join(' atau ')}?)` : '';
}
