import { useEffect, useState } from 'react';

/** The pages that work today. A page is listed here only once it does its job. */
export const PAGES = [
  { id: 'dasbor', label: 'Dasbor' },
  { id: 'impor', label: 'Impor' },
  { id: 'pekerja', label: 'Pekerja' },
  { id: 'program', label: 'Program' },
  { id: 'rencana', label: 'Rencana' },
  { id: 'rekonsiliasi', label: 'Rekonsiliasi BPJS' },
  { id: 'tagihan', label: 'Tagihan dan Klaim' },
  { id: 'kepatuhan', label: 'Kepatuhan' },
  { id: 'provinsi', label: 'Provinsi' },
  { id: 'pengaturan', label: 'Pengaturan' },
  { id: 'panduan', label: 'Panduan' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];

/** A province's database follows its regencies' packages: it has no workers, programs or lists of its own. */
export const PROVINCE_PAGES: readonly PageId[] = ['provinsi', 'pengaturan', 'panduan'];
export const REGENCY_PAGES: readonly PageId[] = PAGES.map((p) => p.id).filter((id) => id !== 'provinsi');

function pageFromHash(): PageId {
  const id = window.location.hash.replace(/^#\/?/, '').split('?')[0]!;
  return PAGES.some((p) => p.id === id) ? (id as PageId) : 'dasbor';
}

/** The current page lives in the address hash so reload and back keep the user where they were. */
export function useCurrentPage(): [PageId, (page: PageId) => void] {
  const [page, setPage] = useState<PageId>(pageFromHash);
  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [page, (next) => (window.location.hash = `#/${next}`)];
}
