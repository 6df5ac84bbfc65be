/**
 * Who signs when the office has not said: the head of the office, written in the office name's own
 * case ("DINAS TENAGA KERJA" -> "KEPALA DINAS TENAGA KERJA", "Dinas Tenaga Kerja" -> "Kepala Dinas Tenaga Kerja").
 */
export function defaultSignerTitle(officeName: string): string {
  const upper = officeName === officeName.toUpperCase();
  return `${upper ? 'KEPALA' : 'Kepala'} ${officeName}`;
}
