import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { FinanceSummary } from '../../../../shared/contract';
import { formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '16px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  link: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
});

/**
 * The Dasbor's realisation and benefits: what the year's programs paid against their budgets, what
 * the bill check prevented, and what the claims brought their beneficiaries. Opens Tagihan dan Klaim.
 */
export function FinanceSection({ finance: f, onOpen }: { finance: FinanceSummary; onOpen: () => void }) {
  const styles = useStyles();
  const t = f.totals;
  return (
    <Section title={`Realisasi iuran dan manfaat ${f.year}`} hint="Tagihan kantor cabang yang diperiksa, SP2D yang dicatat, dan klaim yang diterima penerima program. Klik program untuk membuka Tagihan dan Klaim.">
      <div className={styles.cards}>
        <StatCard testId="dash-realisation" label="Realisasi iuran" value={t.realisationPercent === null ? '–' : formatPercent(t.realisationPercent)} note={`${formatRupiah(t.paid)} dari ${formatRupiah(t.budget)}`} compact />
        <StatCard testId="dash-prevented" label="Dicegah pemeriksaan tagihan" value={formatRupiah(t.exceptionAmount)} note={`dari tagihan ${formatRupiah(t.billed)}`} compact />
        <StatCard
          testId="dash-benefits"
          label="Manfaat klaim penerima program"
          value={formatRupiah(t.claims.amount)}
          note={`${formatNumber(t.claims.count)} klaim${f.benefits.ratio === null || t.claims.count === 0 ? '' : `; ${formatNumber(f.benefits.ratio, 2)} kali iuran`}`}
          compact
        />
      </div>
      <Table size="small" aria-label="Realisasi iuran per program">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '28%' }}>Program</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Anggaran</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Ditagih</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Dicegah</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Dibayar</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader} style={{ width: '9%' }}>Realisasi</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Manfaat klaim</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {f.programs.map((p) => (
            <TableRow key={p.id} className={styles.link} onClick={onOpen} aria-label={`Tagihan dan klaim ${p.name}`}>
              <TableCell>{p.name}</TableCell>
              <TableCell className={styles.number}>{formatRupiah(p.budget)}</TableCell>
              <TableCell className={styles.number}>{formatRupiah(p.billed)}</TableCell>
              <TableCell className={styles.number}>{formatRupiah(p.exceptionAmount)}</TableCell>
              <TableCell className={styles.number}>{formatRupiah(p.paid)}</TableCell>
              <TableCell className={styles.number}>{p.realisationPercent === null ? '–' : formatPercent(p.realisationPercent)}</TableCell>
              <TableCell className={styles.number}>{formatRupiah(p.claims.amount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button appearance="subtle" onClick={onOpen} style={{ marginTop: 8 }}>
        Buka Tagihan dan Klaim
      </Button>
    </Section>
  );
}
