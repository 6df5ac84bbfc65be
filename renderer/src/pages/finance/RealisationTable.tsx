import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { FinanceSummary } from '../../../../shared/contract';
import { formatPercent, formatRupiah } from '../../../../shared/domain/format';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  link: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
});

/**
 * Realisation per program: budget, billed (the bills that count), prevented, paid, paid as a share of
 * the budget; on the Dasbor also the claims' benefits, on Tagihan dan Klaim the payable amount.
 */
export function RealisationTable({ summary, extra, onOpen }: { summary: FinanceSummary; extra: 'payable' | 'claims'; onOpen?: () => void }) {
  const styles = useStyles();
  return (
    <Table size="small" aria-label="Realisasi iuran per program">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '26%' }}>Program</TableHeaderCell>
          <TableHeaderCell className={styles.numberHeader}>Anggaran</TableHeaderCell>
          <TableHeaderCell className={styles.numberHeader}>Ditagih</TableHeaderCell>
          <TableHeaderCell className={styles.numberHeader}>Dicegah</TableHeaderCell>
          {extra === 'payable' && <TableHeaderCell className={styles.numberHeader}>Layak dibayar</TableHeaderCell>}
          <TableHeaderCell className={styles.numberHeader}>Dibayar</TableHeaderCell>
          <TableHeaderCell className={styles.numberHeader} style={{ width: '10%' }}>
            Realisasi
          </TableHeaderCell>
          {extra === 'claims' && <TableHeaderCell className={styles.numberHeader}>Manfaat klaim</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.programs.map((p) => (
          <TableRow key={p.id} className={onOpen ? styles.link : undefined} onClick={onOpen} aria-label={onOpen ? `Tagihan dan klaim ${p.name}` : undefined}>
            <TableCell>
              {p.name} {p.paid > p.budget && <Badge color="danger">melebihi anggaran</Badge>}
            </TableCell>
            <TableCell className={styles.number}>{formatRupiah(p.budget)}</TableCell>
            <TableCell className={styles.number}>{formatRupiah(p.billed)}</TableCell>
            <TableCell className={styles.number}>{formatRupiah(p.exceptionAmount)}</TableCell>
            {extra === 'payable' && <TableCell className={styles.number}>{formatRupiah(p.payable)}</TableCell>}
            <TableCell className={styles.number}>{formatRupiah(p.paid)}</TableCell>
            <TableCell className={styles.number}>{p.realisationPercent === null ? '–' : formatPercent(p.realisationPercent)}</TableCell>
            {extra === 'claims' && <TableCell className={styles.number}>{formatRupiah(p.claims.amount)}</TableCell>}
          </TableRow>
        ))}
        {summary.programs.length === 0 && (
          <TableRow>
            <TableCell colSpan={7}>Belum ada program tahun {summary.year}.</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
