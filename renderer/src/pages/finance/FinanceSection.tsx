import { Button, makeStyles } from '@fluentui/react-components';
import type { FinanceSummary } from '../../../../shared/contract';
import { formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import { RealisationTable } from './RealisationTable';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '16px' },
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
      <RealisationTable summary={f} extra="claims" onOpen={onOpen} />
      <Button appearance="subtle" onClick={onOpen} style={{ marginTop: 8 }}>
        Buka Tagihan dan Klaim
      </Button>
    </Section>
  );
}
