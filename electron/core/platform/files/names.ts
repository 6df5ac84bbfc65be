/** "Perlindungan Pekerja Rentan APBD 2026" -> "perlindungan-pekerja-rentan-apbd-2026": a name as part of a file name. */
export function fileSlug(text: string, fallback: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || fallback
  );
}

/** "Kabupaten Solok Selatan" -> "solok-selatan": a regency or city in a file name. */
export function regencyFileSlug(name: string | null): string {
  return fileSlug((name ?? '').replace(/^(kabupaten|kota)\s+/i, ''), 'kabupaten');
}
