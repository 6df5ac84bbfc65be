import { Button, Dropdown, Field, makeStyles, Option, Tab, TabList } from '@fluentui/react-components';
import { DocumentPdf20Regular, Table20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar, PageHeader } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import { BillsTab } from './BillsTab';
import { ClaimsTab } from './ClaimsTab';
import { PaymentsTab } from './PaymentsTab';
import { RegistrationTab } from './RegistrationTab';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '20px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  year: { minWidth: '110px' },
});

export type FinanceTab = 'bills' | 'payments' | 'claims' | 'registration';

/**
 * Tagihan dan Klaim: the loop with the BPJS branch for the programs of a budget year. The branch's
 * bills checked row by row (with their minute), the payments made against them, the claims the
 * branch paid, and the registration files sent to it; the year's realisation on top.
 */
export function FinancePage({ initialTab }: { initialTab?: FinanceTab }) {
  const styles = useStyles();
  const programs = useApi('programs.list', {});
  const years = [...new Set([new Date().getFullYear(), ...(programs.data ?? []).map((p) => p.year)])].sort((a, b) => b - a);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [tab, setTab] = useState<FinanceTab>(initialTab ?? 'bills');
  const [version, setVersion] = useState(0);
  const summary = useApi('finance.summary', { year });
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const reload = summary.reload;
  useEffect(() => reload(), [version, reload]);
  const changed = () => setVersion((v) => v + 1);
  const yearPrograms = (programs.data ?? []).filter((p) => p.year === year);

  async function exportYear(format: 'pdf' | 'xlsx') {
    setError(null);
    setExporting(format);
    try {
      await saveFile(await call('finance.export', { year, format }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setExporting(null);
    }
  }

  const s = summary.data;
  return (
    <>
      <PageHeader
        title="Tagihan dan klaim"
        subtitle="Pendaftaran ke kantor cabang BPJS, tagihan iuran yang diperiksa baris demi baris, pembayaran (SP2D), dan manfaat yang diterima penerima program."
        actions={
          <div className={styles.actions}>
            <Field label="Tahun anggaran">
              <Dropdown className={styles.year} aria-label="Tahun anggaran" value={String(year)} selectedOptions={[String(year)]} onOptionSelect={(_e, d) => setYear(Number(d.optionValue))}>
                {years.map((y) => (
                  <Option key={y} value={String(y)}>
                    {String(y)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Button icon={<DocumentPdf20Regular />} disabled={exporting !== null} onClick={() => exportYear('pdf')}>
              {exporting === 'pdf' ? 'Menyusun PDF…' : 'Realisasi PDF'}
            </Button>
            <Button icon={<Table20Regular />} disabled={exporting !== null} onClick={() => exportYear('xlsx')}>
              {exporting === 'xlsx' ? 'Menyusun Excel…' : 'Excel'}
            </Button>
          </div>
        }
      />
      <ErrorBar message={error ?? summary.error ?? programs.error} />
      {s && (
        <div className={styles.cards}>
          <StatCard
            testId="card-realisation"
            label={`Realisasi iuran ${year}`}
            value={s.totals.realisationPercent === null ? '–' : formatPercent(s.totals.realisationPercent)}
            note={`${formatRupiah(s.totals.paid)} dibayar dari anggaran ${formatRupiah(s.totals.budget)}`}
          />
          <StatCard testId="card-billed" label="Ditagih kantor cabang" value={formatRupiah(s.totals.billed)} note={`layak dibayar ${formatRupiah(s.totals.payable)}`} compact />
          <StatCard testId="card-prevented" label="Dicegah pemeriksaan tagihan" value={formatRupiah(s.totals.exceptionAmount)} note="baris yang tidak semestinya dibayar" compact />
          <StatCard
            testId="card-benefits"
            label="Manfaat klaim penerima program"
            value={formatRupiah(s.totals.claims.amount)}
            note={`${formatNumber(s.totals.claims.count)} klaim${s.benefits.ratio === null || s.totals.claims.count === 0 ? '' : `; ${formatNumber(s.benefits.ratio, 2)} kali iuran yang dibayar`}`}
            compact
          />
        </div>
      )}
      <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as FinanceTab)} style={{ marginBottom: 12 }}>
        <Tab value="bills">Tagihan</Tab>
        <Tab value="payments">Pembayaran dan realisasi</Tab>
        <Tab value="claims">Klaim dan manfaat</Tab>
        <Tab value="registration">Pendaftaran ke BPJS</Tab>
      </TabList>
      {tab === 'bills' && <BillsTab programs={yearPrograms} version={version} onChanged={changed} />}
      {tab === 'payments' && <PaymentsTab programs={yearPrograms} summary={s} version={version} onChanged={changed} />}
      {tab === 'claims' && <ClaimsTab year={year} summary={s} version={version} onChanged={changed} />}
      {tab === 'registration' && <RegistrationTab programs={yearPrograms} version={version} onChanged={changed} />}
    </>
  );
}
