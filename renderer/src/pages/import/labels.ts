import type { ImportResultDto } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/domain/format';

type Column = ImportResultDto['sheets'][number]['columns'][number];

/** How sure the importer is of a column, in words the operator understands. */
export function confidenceLabel(column: Column): { text: string; color: 'success' | 'informative' | 'warning' | 'danger' | 'subtle' } {
  if (column.field === 'ignore') return { text: 'Diabaikan', color: 'subtle' };
  if (column.source === 'operator') return { text: 'Diubah operator', color: 'informative' };
  if (column.source === 'remembered') return { text: 'Diingat dari impor lalu', color: 'informative' };
  if (column.confidence >= 0.95) return { text: 'Pasti', color: 'success' };
  if (column.confidence >= 0.8) return { text: 'Tinggi', color: 'success' };
  if (column.confidence >= 0.6) return { text: column.source === 'content' ? 'Ditebak dari isi' : 'Sedang', color: 'warning' };
  return { text: 'Rendah: periksa', color: 'danger' };
}

type NotWorkers = ImportResultDto['notWorkers'];

/** "4 pekerjaan di KTP bukan pekerjaan, 2 di bawah usia kerja, 1 meninggal": why persons were passed over. */
export function notWorkerReasons(n: NotWorkers): string {
  return [
    n.nonWorkingStatus > 0 ? `${formatNumber(n.nonWorkingStatus)} pekerjaan di KTP bukan pekerjaan` : null,
    n.underAge > 0 ? `${formatNumber(n.underAge)} di bawah usia kerja` : null,
    n.dead > 0 ? `${formatNumber(n.dead)} meninggal` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

export function notWorkerTotal(n: NotWorkers): number {
  return n.nonWorkingStatus + n.underAge + n.dead;
}

/** What the list was recognised as, in the operator's words. */
export function sourceLabel(result: ImportResultDto): string | null {
  if (result.offeredProgram) return 'ekspor program bantuan OpenSID';
  if (result.source === 'opensid') return 'ekspor data penduduk OpenSID';
  if (result.source === 'siak') return 'ekspor data penduduk SIAK (Dukcapil)';
  return null;
}
