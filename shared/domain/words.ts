/** "No. KTP/NIK", "Petani / Pekebun" -> "no ktp nik", "petani pekebun": lower case, no accents, words separated by one space. */
export function wordKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
