import { Button, Field, Input, makeStyles, SpinButton, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';
import { formatMonth, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loading, Outcome, Section } from '../../components/Page';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '12px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const VERIFIED: Record<string, string> = { text: 'teks peraturan dibaca', secondary: 'dari kutipan pers/BPJS', unverified: 'belum terverifikasi' };
const sources = (list: readonly string[]) => list.map((s) => FUNDING_SOURCE_LABELS[s as FundingSource] ?? s).join(', ');

/**
 * Pengaturan › Tagihan dan pendaftaran BPJS: the waiting days before "diajukan, belum terdaftar", the
 * branch's name on the minute, and the BPU premium rules with the regulation behind each (read-only).
 */
export function FinanceSettingsSection({ onChanged }: { onChanged?: () => void }) {
  const can = useCan();
  const styles = useStyles();
  const view = useApi('finance.settings', {});
  const [days, setDays] = useState<number | null>(null);
  const [branch, setBranch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!view.data) return;
    setDays(view.data.settings.registrationWaitDays);
    setBranch(view.data.settings.branchName ?? '');
  }, [view.data]);
  if (!view.data) return <Section title="Tagihan dan pendaftaran BPJS">{view.error ? <Outcome error={view.error} success={null} /> : <Loading />}</Section>;

  async function save() {
    setError(null);
    setSaved(null);
    try {
      await call('finance.setSettings', { registrationWaitDays: days ?? 30, branchName: branch.trim() || null });
      setSaved('Pengaturan tagihan dan pendaftaran disimpan.');
      view.reload();
      onChanged?.();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const rules = view.data.rules;
  return (
    <Section title="Tagihan dan pendaftaran BPJS" hint="Batas hari tunggu sebelum penerima yang sudah diajukan tampil sebagai “diajukan, belum terdaftar”, dan nama kantor cabang pada berita acara.">
      <div className={styles.form}>
        <Field label="Hari tunggu pendaftaran">
          <SpinButton aria-label="Hari tunggu pendaftaran" value={days} min={1} max={365} onChange={(_e, d) => setDays(d.value ?? (d.displayValue ? Number(d.displayValue) : null))} />
        </Field>
        <Field label="Kantor cabang BPJS Ketenagakerjaan" style={{ minWidth: 360 }}>
          <Input aria-label="Kantor cabang BPJS Ketenagakerjaan" value={branch} placeholder="mis. BPJS Ketenagakerjaan Kantor Cabang Solok" onChange={(_e, d) => setBranch(d.value)} />
        </Field>
        <Button appearance="primary" onClick={save} disabled={!can('admin')}>
          Simpan
        </Button>
      </div>
      <Outcome error={error} success={saved} />
      <Text as="h3" weight="semibold" style={{ display: 'block', margin: '16px 0 6px' }}>
        Iuran peserta bukan penerima upah (BPU) dan peraturannya
      </Text>
      <Table size="small" aria-label="Aturan iuran BPU">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '30%' }}>Aturan</TableHeaderCell>
            <TableHeaderCell>Peraturan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rules.contributions.map((c) => (
            <TableRow key={c.from}>
              <TableCell>
                JKK {formatNumber(c.jkkPercent)} % dari penghasilan (paling rendah {formatRupiah(c.minimumIncome)}) + JKM {formatRupiah(c.jkm)}; bawaan {formatRupiah(rules.defaultPremium)} per bulan, sejak {formatMonth(c.from)}
              </TableCell>
              <TableCell>
                {c.jkkSource.name}; {c.jkkSource.article}. <span className={styles.muted}>({VERIFIED[c.jkkSource.verified]}) {c.jkkSource.note}</span>
              </TableCell>
            </TableRow>
          ))}
          {rules.reliefs.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                {r.label}: {r.windows.map((w) => `${w.sector === 'transport' ? 'sektor transportasi' : 'sektor lain'} ${formatMonth(w.from)}–${formatMonth(w.to)}`).join('; ')}. Tidak berlaku bagi {sources(r.excludedPayers)}; tidak diterapkan Cakap untuk {sources(r.unsettledPayers)}.
              </TableCell>
              <TableCell>
                {r.source.name}; {r.source.article}. <span className={styles.muted}>({VERIFIED[r.source.verified]}) {r.source.note}</span>
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>Manfaat JKM BPU {formatRupiah(rules.jkmBenefit.total)}: {rules.jkmBenefit.parts.map((p) => `${p.label.toLowerCase()} ${formatRupiah(p.amount)}`).join(', ')}</TableCell>
            <TableCell>
              {rules.jkmBenefit.source.name}. <span className={styles.muted}>({VERIFIED[rules.jkmBenefit.source.verified]}) {rules.jkmBenefit.source.note}</span>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Section>
  );
}
