import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import type { PlanLineResult, PlanResult, PlanSource } from '../../../../shared/contract/plans';
import { PLAN_SOURCES } from '../../../../shared/contract/plans';
import type { Program } from '../../../../shared/contract';
import { formatMonthRange, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { FUNDING_SOURCE_LABELS } from '../../../../shared/domain/programs';
import { DateField } from '../../components/DateField';
import { Section } from '../../components/Page';
import { newLine, type LineForm, type LineMode, type PlanForm } from './form';
import { NagariAmounts } from './NagariAmounts';

const useStyles = makeStyles({
  // Top-aligned: a field with a hint under it must not stretch its neighbours' labels away from their inputs.
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: '12px 16px', marginBottom: '8px', alignItems: 'start' },
  wide: { gridColumn: 'span 2' },
  line: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '10px 12px',
    marginBottom: '10px',
  },
  lineFields: { display: 'grid', gridTemplateColumns: 'minmax(130px, 1fr) minmax(150px, 1fr) minmax(160px, 1.4fr) minmax(90px, 0.6fr) minmax(60px, 0.4fr) 32px', gap: '8px 12px', alignItems: 'end' },
  // Fluent's Dropdown and Input keep a minimum width of their own; inside the grid they take the cell's.
  fill: { minWidth: 0, width: '100%' },
  lineResult: { marginTop: '6px', color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  renew: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

const MODES: Record<LineMode, string> = {
  budget: 'Anggaran (Rp)',
  workers: 'Jumlah pekerja',
  sameNagari: 'Sama tiap nagari (Rp)',
  perNagari: 'Rincian per nagari',
};

interface Props {
  form: PlanForm;
  onChange: (form: PlanForm) => void;
  result: PlanResult | undefined;
  programs: Program[];
  villages: { code: string; name: string; districtName: string }[];
  villageLabel: string;
  storedTarget: number | null;
}

/** Everything the officer types: the year, the date of the baseline, the target, and one line per lever. */
export function ScenarioEditor({ form, onChange, result, programs, villages, villageLabel, storedTarget }: Props) {
  const styles = useStyles();
  const set = (patch: Partial<PlanForm>) => onChange({ ...form, ...patch });
  const setLine = (key: number, patch: Partial<LineForm>) => set({ lines: form.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) });
  const year = Number(form.year);
  const ending = programs.filter((p) => p.to < `${year}-01` && p.to >= form.asOf.slice(0, 7));
  const lineResult = (index: number): PlanLineResult | undefined => result?.lines.find((l) => l.kind === 'program' && l.index === index);
  const modeLabel = (mode: LineMode) => MODES[mode].replace('nagari', villageLabel.toLowerCase());

  return (
    <Section title="Skenario" hint="Angka dihitung ulang setiap kali Anda mengetik. Rupiah boleh ditulis 1.512.000.000; persen ditulis 30 untuk 30 %.">
      <div className={styles.grid}>
        <Field label="Nama rencana" className={styles.wide}>
          <Input className={styles.fill} value={form.name} onChange={(_e, d) => set({ name: d.value })} />
        </Field>
        <Field label="Tahun rencana">
          <Input className={styles.fill} aria-label="Tahun rencana" value={form.year} onChange={(_e, d) => set({ year: d.value })} />
        </Field>
        <DateField label="Keadaan per (dasar)" aria-label="Keadaan per" className={styles.fill} value={form.asOf} onChange={(value) => value && set({ asOf: value })} />
        <Field label="Target (%)" hint={storedTarget === null ? 'belum ada target tersimpan' : `kosong = target tersimpan ${formatNumber(storedTarget, 2)} %`}>
          <Input className={styles.fill} aria-label="Target persen" value={form.targetPercent} placeholder={storedTarget === null ? '' : formatNumber(storedTarget, 2)} onChange={(_e, d) => set({ targetPercent: d.value })} />
        </Field>
        <Field label="Iuran per pekerja per bulan">
          <Input className={styles.fill} aria-label="Iuran per pekerja per bulan" contentBefore="Rp" value={form.premium} onChange={(_e, d) => set({ premium: d.value })} />
        </Field>
        <Field label="Bulan dibiayai">
          <Input className={styles.fill} aria-label="Bulan dibiayai" value={form.months} onChange={(_e, d) => set({ months: d.value })} />
        </Field>
      </div>

      <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '16px 0 8px' }}>
        Program per sumber dana
      </Text>
      {form.lines.map((line, i) => {
        const computed = lineResult(i);
        return (
          <div key={line.key} className={styles.line} role="group" aria-label={`Baris ${i + 1}`}>
            <div className={styles.lineFields}>
              <Field label="Sumber dana">
                <Dropdown
                  className={styles.fill}
                  aria-label={`Sumber dana baris ${i + 1}`}
                  value={FUNDING_SOURCE_LABELS[line.source]}
                  selectedOptions={[line.source]}
                  onOptionSelect={(_e, d) => {
                    const source = d.optionValue as PlanSource;
                    setLine(line.key, { source, mode: source === 'apb_nagari' ? 'perNagari' : line.mode === 'perNagari' || line.mode === 'sameNagari' ? 'budget' : line.mode });
                  }}
                >
                  {PLAN_SOURCES.map((s) => (
                    <Option key={s} value={s}>
                      {FUNDING_SOURCE_LABELS[s]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label="Dihitung dari">
                <Dropdown
                  className={styles.fill}
                  aria-label={`Dihitung dari baris ${i + 1}`}
                  value={modeLabel(line.mode)}
                  selectedOptions={[line.mode]}
                  onOptionSelect={(_e, d) => setLine(line.key, { mode: d.optionValue as LineMode })}
                >
                  {(Object.keys(MODES) as LineMode[]).map((m) => (
                    <Option key={m} value={m}>
                      {modeLabel(m)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {line.mode === 'perNagari' ? (
                <Text className={styles.muted}>Isi atau impor anggaran tiap {villageLabel.toLowerCase()} di bawah.</Text>
              ) : (
                <Field label={line.mode === 'workers' ? 'Jumlah pekerja' : line.mode === 'sameNagari' ? `Anggaran tiap ${villageLabel.toLowerCase()}` : 'Anggaran'}>
                  <Input
                    className={styles.fill}
                    aria-label={line.mode === 'workers' ? `Jumlah pekerja baris ${i + 1}` : `Anggaran baris ${i + 1}`}
                    contentBefore={line.mode === 'workers' ? undefined : 'Rp'}
                    value={line.value}
                    onChange={(_e, d) => setLine(line.key, { value: d.value })}
                  />
                </Field>
              )}
              <Field label="Iuran/bulan">
                <Input className={styles.fill} aria-label={`Iuran baris ${i + 1}`} placeholder={form.premium} value={line.premium} onChange={(_e, d) => setLine(line.key, { premium: d.value })} />
              </Field>
              <Field label="Bulan">
                <Input className={styles.fill} aria-label={`Bulan baris ${i + 1}`} placeholder={form.months} value={line.months} onChange={(_e, d) => setLine(line.key, { months: d.value })} />
              </Field>
              <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Hapus baris ${i + 1}`} onClick={() => set({ lines: form.lines.filter((l) => l.key !== line.key) })} />
            </div>
            {line.mode === 'perNagari' && (
              <NagariAmounts
                rows={line.perNagari}
                villages={villages}
                villageLabel={villageLabel}
                year={Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined}
                onChange={(perNagari) => setLine(line.key, { perNagari })} />
            )}
            {computed && (
              <Text as="p" className={styles.lineResult} data-testid={`line-result-${i + 1}`}>
                = <strong>{formatNumber(computed.workers)} pekerja</strong>, biaya {formatRupiah(computed.cost)}
                {computed.unspent > 0 ? `, sisa anggaran ${formatRupiah(computed.unspent)}` : ''} · {computed.formula}
              </Text>
            )}
          </div>
        );
      })}
      <Button icon={<Add20Regular />} onClick={() => set({ lines: [...form.lines, newLine(form.lines.length === 0 ? 'apbd_kabupaten' : 'apbd_provinsi')] })}>
        Tambah baris sumber dana
      </Button>

      <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '20px 0 8px' }}>
        Tanpa biaya bagi daerah
      </Text>
      <div className={styles.grid}>
        <Field
          label="Pemberi kerja mendaftarkan (%)"
          hint={result?.compliance ? `dari ${formatNumber(result.compliance.uncoveredWageWorkers)} pekerja penerima upah yang belum terdaftar` : 'belum ada data kepatuhan'}
        >
          <Input aria-label="Bagian pemberi kerja persen" contentAfter="%" value={form.employerPercent} onChange={(_e, d) => set({ employerPercent: d.value })} />
        </Field>
        <Field
          label="Proyek konstruksi mendaftarkan (%)"
          hint={result?.compliance ? `dari ${formatNumber(result.compliance.unregisteredProjectWorkers)} pekerja proyek yang belum didaftarkan` : 'belum ada data kepatuhan'}
        >
          <Input aria-label="Bagian proyek konstruksi persen" contentAfter="%" value={form.constructionPercent} onChange={(_e, d) => set({ constructionPercent: d.value })} />
        </Field>
      </div>

      <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '20px 0 4px' }}>
        Perpanjangan penerima lama
      </Text>
      <Text as="p" size={200} className={styles.muted} style={{ marginTop: 0 }}>
        Penerima program yang berakhir sebelum Januari {Number.isFinite(year) ? year : ''} keluar dari kepesertaan, kecuali programnya dilanjutkan. Centang program yang diperpanjang.
      </Text>
      {ending.length === 0 ? (
        <Text className={styles.muted}>Tidak ada program yang berakhir antara tanggal keadaan dan tahun rencana.</Text>
      ) : (
        <Table size="small" aria-label="Program yang dapat diperpanjang">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '46%' }}>Program</TableHeaderCell>
              <TableHeaderCell style={{ width: '18%' }}>Sumber dana</TableHeaderCell>
              <TableHeaderCell style={{ width: '20%' }}>Periode</TableHeaderCell>
              <TableHeaderCell style={{ width: '16%' }}>Penerima</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ending.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <Checkbox
                    label={`Perpanjang: ${p.name}`}
                    checked={form.renew.includes(p.id)}
                    onChange={(_e, d) => set({ renew: d.checked ? [...form.renew, p.id] : form.renew.filter((id) => id !== p.id) })}
                  />
                </TableCell>
                <TableCell>{p.sourceLabel}</TableCell>
                <TableCell>{formatMonthRange(p.from, p.to)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(p.beneficiaries)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
