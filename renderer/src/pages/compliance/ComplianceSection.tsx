import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { ComplianceSummary } from '../../../../shared/contract';
import { EMPLOYER_STATUS_LABELS, EMPLOYER_STATUSES } from '../../../../shared/domain/compliance';
import { formatNumber, formatPercent, formatPoints, formatRupiah } from '../../../../shared/domain/format';
import { Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import type { ComplianceFilter } from './CompliancePage';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '16px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(300px, 1fr) minmax(420px, 1.4fr)', gap: '24px', alignItems: 'start' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  link: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  cardLink: { cursor: 'pointer', border: 'none', background: 'none', padding: 0, textAlign: 'left', flex: '1 1 180px', display: 'flex' },
});

/**
 * The Dasbor's compliance section: the coverage employers and construction projects owe, at no cost
 * to the APBD. Every figure opens the Kepatuhan page on the rows behind it.
 */
export function ComplianceSection({ compliance: c, coveragePercent, onOpen }: { compliance: ComplianceSummary; coveragePercent: number | null; onOpen: (filter: ComplianceFilter) => void }) {
  const styles = useStyles();
  const projected = c.gap.points !== null && coveragePercent !== null ? coveragePercent + c.gap.points : null;
  return (
    <Section title="Kepatuhan pemberi kerja dan proyek konstruksi" hint="Pekerja yang seharusnya didaftarkan pemberi kerja atau penyedia jasa konstruksi: cakupan tanpa biaya APBD. Klik angka atau baris untuk melihat rinciannya.">
      <div className={styles.cards}>
        <button className={styles.cardLink} onClick={() => onOpen({ tab: 'employers' })} aria-label="Lihat pemberi kerja tidak patuh">
          <StatCard testId="dash-uncovered-wage" label="Pekerja penerima upah belum terlindungi" value={formatNumber(c.employers.uncoveredWageWorkers)} note={`${formatNumber(c.employers.total - c.employers.byStatus.compliant - c.employers.byStatus.noWorkers)} pemberi kerja tidak patuh`} compact />
        </button>
        <button className={styles.cardLink} onClick={() => onOpen({ tab: 'projects', projects: { status: 'unregistered' } })} aria-label="Lihat proyek belum terdaftar">
          <StatCard testId="dash-unregistered-projects" label="Proyek konstruksi belum terdaftar" value={formatNumber(c.projects.unregistered)} note={`nilai ${formatRupiah(c.projects.unregisteredValue)}; iuran terutang ${formatRupiah(c.projects.contributionsDue)}`} compact />
        </button>
        <StatCard testId="dash-full-compliance" label="Bila semua patuh" value={`+${formatNumber(c.gap.workers)} pekerja`} note={`${c.gap.points === null ? '' : `+${formatPoints(c.gap.points)}${projected === null ? '' : `, cakupan ${formatPercent(projected)}`}; `}tanpa biaya APBD`} compact />
      </div>
      <div className={styles.columns}>
        <Table size="small" aria-label="Pemberi kerja menurut status">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Status pemberi kerja</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Jumlah</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {EMPLOYER_STATUSES.filter((s) => c.employers.byStatus[s] > 0).map((s) => (
              <TableRow key={s} className={styles.link} onClick={() => onOpen({ tab: 'employers', employers: { status: s } })} aria-label={`Pemberi kerja ${EMPLOYER_STATUS_LABELS[s]}`}>
                <TableCell>{EMPLOYER_STATUS_LABELS[s]}</TableCell>
                <TableCell className={styles.number}>{formatNumber(c.employers.byStatus[s])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Table size="small" aria-label="Proyek konstruksi menurut OPD">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '44%' }}>OPD</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Paket</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Belum terdaftar</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader} style={{ width: '26%' }}>Nilai belum terdaftar</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.projects.byOpd.slice(0, 8).map((o) => (
              <TableRow key={o.opd} className={styles.link} onClick={() => onOpen({ tab: 'projects', projects: { opd: o.opd } })} aria-label={`Proyek ${o.opd}`}>
                <TableCell>{o.opd}</TableCell>
                <TableCell className={styles.number}>{formatNumber(o.total)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(o.unregistered)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(o.unregisteredValue)}</TableCell>
              </TableRow>
            ))}
            {c.projects.byOpd.length === 0 && (
              <TableRow>
                <TableCell colSpan={4}>Belum ada daftar paket konstruksi.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      {c.employers.reviewPending + c.projects.reviewPending > 0 && (
        <Text size={200} style={{ display: 'block', marginTop: 10 }}>
          {formatNumber(c.employers.reviewPending + c.projects.reviewPending)} pasangan mirip menunggu keputusan di halaman Kepatuhan; angka di atas belum memperhitungkannya.
        </Text>
      )}
    </Section>
  );
}
