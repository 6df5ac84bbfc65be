/**
 * Names and numbers of businesses and contracts as two different offices write them, reduced to
 * one form so two lists can be compared: "PT. Sawit Jaya Lestari", "P.T SAWIT JAYA LESTARI" and
 * "Sawit Jaya Lestari, PT" are one name; "09.123.456.7-201.000" and "091234567201000" one NPWP.
 */

/** Abbreviations expanded before comparing ("KUD" is a Koperasi Unit Desa). */
const EXPANSIONS: Record<string, string> = {
  kud: 'koperasi unit desa',
  ksp: 'koperasi simpan pinjam',
  kop: 'koperasi',
  kopsa: 'koperasi sawit',
  bumnag: 'badan usaha milik nagari',
  bumdes: 'badan usaha milik desa',
  bumdesa: 'badan usaha milik desa',
  sumbar: 'sumatera barat',
  solsel: 'solok selatan',
  bros: 'bersaudara',
  bersdr: 'bersaudara',
  sdr: 'saudara',
  indo: 'indonesia',
};

/**
 * Legal forms, written in front ("PT Sawit Jaya") or behind after a comma ("Sawit Jaya, PT"; "Tbk").
 * Multi-word forms are listed as they read after punctuation became spaces ("P.T." -> "p t").
 */
const LEGAL_FORMS = [
  'perseroan terbatas', 'perseroan komanditer', 'commanditaire vennootschap', 'usaha dagang', 'perusahaan dagang',
  'perusahaan daerah', 'perseroan daerah', 'perusahaan umum daerah',
  'p t', 'c v', 'u d', 'p d', 'pt', 'cv', 'ud', 'pd', 'fa', 'firma', 'tbk', 'persero', 'perseroda', 'perumda', 'perum', 'koperasi',
];
const FRONT = new RegExp(`^(?:(?:${LEGAL_FORMS.join('|')})\\s+)+`);
const BEHIND = new RegExp(`(?:\\s+(?:${LEGAL_FORMS.join('|')}))+$`);

function tidy(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' dan ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The comparable form of a business or contractor name: lower case, no punctuation, abbreviations
 * expanded, legal forms removed in front and behind. A name that is nothing but a legal form
 * ("Koperasi") keeps its words, so it is never empty when the name was not.
 */
export function businessNameKey(raw: string): string {
  const expanded = tidy(raw)
    .split(' ')
    .map((w) => EXPANSIONS[w] ?? w)
    .join(' ');
  const stripped = expanded.replace(FRONT, '').replace(BEHIND, '').trim();
  return stripped || expanded;
}

/** A package or place name made comparable: lower case, no punctuation, single spaces. */
export function plainKey(raw: string): string {
  return tidy(raw);
}

export function nameTokens(key: string): string[] {
  return key.split(' ').filter((t) => t.length > 0);
}

/** NIB (Nomor Induk Berusaha): 13 digits, any punctuation. null when it is not one. */
export function normalizeNib(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const digits = String(raw).replace(/\D/g, '');
  return /^\d{13}$/.test(digits) ? digits : null;
}

/**
 * NPWP: the 15-digit form ("01.234.567.8-201.000") or the 16-digit one introduced in 2024, which for
 * a business is the old number with a 0 in front; both are stored as 16 digits. null when neither.
 */
export function normalizeNpwp(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const digits = String(raw).replace(/\D/g, '');
  if (/^\d{15}$/.test(digits)) return `0${digits}`;
  if (/^\d{16}$/.test(digits)) return digits;
  return null;
}

/** A BPJS employer or project number: letters and digits only, upper case. */
export function normalizeCode(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const code = String(raw).toUpperCase().replace(/[^A-Z0-9]/g, '');
  return code.length >= 3 ? code : null;
}

/**
 * A contract number whatever its punctuation: "027/SPK/PUPR-BM/2025", "27 / SPK / PUPR.BM / 2025" and
 * "027/spk/pupr/bm/2025" are one contract. Numeric parts lose their leading zeros.
 */
export function normalizeContractNumber(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const parts = String(raw)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p));
  const key = parts.join('');
  return key.length >= 3 ? key : null;
}
