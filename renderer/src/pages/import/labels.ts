import type { ImportResultDto } from '../../../../shared/contract';

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
