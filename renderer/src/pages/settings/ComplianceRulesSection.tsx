import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ComplianceRules, Regulation } from '../../../../shared/contract/compliance';
import { PROGRAMS, SCALE_LABELS, SCALES, type ProgramCode } from '../../../../shared/domain/compliance';
import { parseDateInput } from '../../../../shared/domain/dates';
import { formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { parseDecimal, parseRupiah } from '../../../../shared/domain/numbers';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, Outcome, Section } from '../../components/Page';

const useStyles = makeStyles({
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '12px', marginTop: '12px' },
  groupTitle: { display: 'block', marginBottom: '6px' },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-end' },
  regulation: { display: 'grid', gridTemplateColumns: '2fr 2fr 1fr', gap: '8px', marginTop: '8px', alignItems: 'start' },
  muted: { color: tokens.colorNeutralForeground3 },
  narrow: { width: '110px' },
});

/** A regulation's name, article and date, edited together when a rule changes; its note under them. */
function RegulationFields({ value, onChange, label }: { value: Regulation; onChange: (r: Regulation) => void; label: string }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.regulation}>
        <Field label={`Peraturan (${label})`}>
          <Textarea aria-label={`Peraturan ${label}`} value={value.name} rows={3} resize="vertical" onChange={(_e, d) => onChange({ ...value, name: d.value })} />
        </Field>
        <Field label="Pasal">
          <Textarea aria-label={`Pasal ${label}`} value={value.article} rows={3} resize="vertical" onChange={(_e, d) => onChange({ ...value, article: d.value })} />
        </Field>
        <Field label="Tanggal/tahun">
          <Textarea aria-label={`Tanggal peraturan ${label}`} value={value.date} rows={3} resize="vertical" onChange={(_e, d) => onChange({ ...value, date: d.value })} />
        </Field>
      </div>
      {value.note && (
        <Text size={200} className={styles.muted} style={{ display: 'block', marginTop: 4 }}>
          {value.note}
        </Text>
      )}
    </>
  );
}

/** "2027-01-01 libur Tahun Baru 2027 Masehi" or "01-01-2027; cuti; …": one holiday per line. */
function parseHolidayLines(text: string): { days: ComplianceRules['holidays'][number]['days']; problem: string | null } {
  const days: ComplianceRules['holidays'][number]['days'] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const m = /^\s*(\S+)[\s;,]+(libur|cuti)[\s;,]+(.+)$/i.exec(line);
    const date = m ? parseDateInput(m[1]!) : null;
    if (!m || !date) return { days, problem: `Baris ${i + 1}: tulis tanggal, "libur" atau "cuti", lalu namanya, mis. 01-01-2027 libur Tahun Baru 2027 Masehi.` };
    days.push({ date, kind: m[2]!.toLowerCase() as 'libur' | 'cuti', name: m[3]!.trim() });
  }
  return { days, problem: days.length === 0 ? 'Tulis paling sedikit satu hari libur.' : null };
}

/**
 * Pengaturan › Aturan kepatuhan: the rules of the compliance checks with the regulation behind each,
 * changed here when a regulation changes (audited), or put back to Cakap's defaults.
 */
export function ComplianceRulesSection({ onChanged }: { onChanged?: () => void }) {
  const styles = useStyles();
  const view = useApi('compliance.rules', {});
  const [rules, setRules] = useState<ComplianceRules | null>(null);
  const [tierTexts, setTierTexts] = useState<string[][]>([]);
  const [holidayYear, setHolidayYear] = useState('');
  const [holidaySource, setHolidaySource] = useState('');
  const [holidayText, setHolidayText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    if (!view.data) return;
    setRules(view.data.rules);
    setTierTexts(view.data.rules.jakon.tiers.map((t) => [t.upTo === null ? '' : formatNumber(t.upTo), String(t.jkkPercent).replace('.', ','), String(t.jkmPercent).replace('.', ',')]));
  }, [view.data]);

  if (!view.data || !rules) return <Section title="Aturan kepatuhan"><Loading /></Section>;
  const set = <K extends keyof ComplianceRules>(key: K, value: ComplianceRules[K]) => setRules({ ...rules, [key]: value });

  function tiersFrom(texts: string[][]): ComplianceRules['jakon']['tiers'] | string {
    const tiers = texts.map(([upTo, jkk, jkm], i) => ({
      upTo: i === texts.length - 1 ? null : parseRupiah(upTo ?? ''),
      jkkPercent: parseDecimal(jkk ?? ''),
      jkmPercent: parseDecimal(jkm ?? ''),
    }));
    const bad = tiers.findIndex((t, i) => (i < tiers.length - 1 && (t.upTo === null || Number.isNaN(t.upTo))) || Number.isNaN(t.jkkPercent) || Number.isNaN(t.jkmPercent));
    return bad >= 0 ? `Jenjang ${bad + 1}: tulis batas nilai kontrak dalam rupiah dan tarif dalam persen, mis. 100.000.000 · 0,21 · 0,03.` : (tiers as ComplianceRules['jakon']['tiers']);
  }

  async function save(next: ComplianceRules | null) {
    setError(null);
    setSaved(null);
    try {
      const result = await call('compliance.setRules', { rules: next });
      setRules(result.rules);
      view.reload();
      setSaved(next === null ? 'Aturan kepatuhan dikembalikan ke bawaan Cakap.' : 'Aturan kepatuhan disimpan; semua angka kepatuhan dihitung ulang dengan aturan ini.');
      onChanged?.();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  function submit() {
    const tiers = tiersFrom(tierTexts);
    if (typeof tiers === 'string') return setError(tiers);
    let holidays = rules!.holidays;
    if (holidayYear.trim() || holidayText.trim()) {
      const year = Number(holidayYear);
      const parsed = parseHolidayLines(holidayText);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) return setError('Tulis tahun hari libur yang ditambahkan, mis. 2027.');
      if (parsed.problem) return setError(parsed.problem);
      if (parsed.days.some((d) => !d.date.startsWith(String(year)))) return setError(`Semua tanggal harus di tahun ${year}.`);
      holidays = [...holidays.filter((h) => h.year !== year), { year, source: holidaySource.trim(), days: parsed.days }];
    }
    void save({ ...rules!, jakon: { ...rules!.jakon, tiers }, holidays });
  }

  const program = (scale: keyof ComplianceRules['programs'], code: ProgramCode, on: boolean) => {
    const current = rules.programs[scale] as ProgramCode[];
    set('programs', { ...rules.programs, [scale]: on ? PROGRAMS.filter((p) => p === code || current.includes(p)) : current.filter((p) => p !== code) });
  };

  return (
    <Section
      title="Aturan kepatuhan"
      hint="Aturan pemeriksaan pemberi kerja dan proyek konstruksi, masing-masing dengan peraturannya. Ubah bila peraturannya berubah; setiap perubahan dicatat di log audit."
    >
      <Text className={styles.muted} size={200}>
        {view.data.changed ? 'Kantor ini memakai aturan yang sudah diubah dari bawaan Cakap.' : 'Memakai aturan bawaan Cakap.'}
      </Text>

      <div className={styles.group}>
        <Text weight="semibold" className={styles.groupTitle}>
          Iuran JKK dan JKM jasa konstruksi dari nilai kontrak (bila upah tidak diketahui)
        </Text>
        <Table size="small" aria-label="Jenjang tarif Jakon" style={{ maxWidth: 620 }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Bagian nilai kontrak sampai dengan (Rp)</TableHeaderCell>
              <TableHeaderCell>JKK (%)</TableHeaderCell>
              <TableHeaderCell>JKM (%)</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tierTexts.map((row, i) => (
              <TableRow key={i}>
                <TableCell>
                  {i === tierTexts.length - 1 ? (
                    <Text>selebihnya</Text>
                  ) : (
                    <Input aria-label={`Batas jenjang ${i + 1}`} value={row[0]} onChange={(_e, d) => setTierTexts(tierTexts.map((r, k) => (k === i ? [d.value, r[1]!, r[2]!] : r)))} />
                  )}
                </TableCell>
                <TableCell>
                  <Input className={styles.narrow} aria-label={`Tarif JKK jenjang ${i + 1}`} value={row[1]} onChange={(_e, d) => setTierTexts(tierTexts.map((r, k) => (k === i ? [r[0]!, d.value, r[2]!] : r)))} />
                </TableCell>
                <TableCell>
                  <Input className={styles.narrow} aria-label={`Tarif JKM jenjang ${i + 1}`} value={row[2]} onChange={(_e, d) => setTierTexts(tierTexts.map((r, k) => (k === i ? [r[0]!, r[1]!, d.value] : r)))} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <RegulationFields label="tarif Jakon" value={rules.jakon.regulation} onChange={(regulation) => set('jakon', { ...rules.jakon, regulation })} />
      </div>

      <div className={styles.group}>
        <Text weight="semibold" className={styles.groupTitle}>
          Batas waktu pendaftaran proyek ke BPJS Ketenagakerjaan
        </Text>
        <div className={styles.row}>
          <Field label="Hari kerja setelah kontrak/SPK">
            <Input className={styles.narrow} aria-label="Batas hari kerja" value={String(rules.deadline.workingDays)} onChange={(_e, d) => set('deadline', { ...rules.deadline, workingDays: Number(d.value) || 0 })} />
          </Field>
        </div>
        <RegulationFields label="batas waktu" value={rules.deadline.regulation} onChange={(regulation) => set('deadline', { ...rules.deadline, regulation })} />
      </div>

      <div className={styles.group}>
        <Text weight="semibold" className={styles.groupTitle}>
          Program wajib menurut skala usaha
        </Text>
        <Table size="small" aria-label="Program wajib per skala usaha" style={{ maxWidth: 620 }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Skala</TableHeaderCell>
              {PROGRAMS.filter((p) => p !== 'JKP').map((p) => (
                <TableHeaderCell key={p}>{p}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...SCALES, 'unknown' as const].map((scale) => (
              <TableRow key={scale}>
                <TableCell>{scale === 'unknown' ? 'Tidak diketahui' : SCALE_LABELS[scale]}</TableCell>
                {PROGRAMS.filter((p) => p !== 'JKP').map((p) => (
                  <TableCell key={p}>
                    <Checkbox aria-label={`${p} wajib untuk ${scale === 'unknown' ? 'skala tidak diketahui' : SCALE_LABELS[scale]}`} checked={(rules.programs[scale] as ProgramCode[]).includes(p)} onChange={(_e, d) => program(scale, p, d.checked === true)} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <RegulationFields label="program wajib" value={rules.programs.regulation} onChange={(regulation) => set('programs', { ...rules.programs, regulation })} />
      </div>

      <div className={styles.group}>
        <Text weight="semibold" className={styles.groupTitle}>
          Perkiraan Cakap dan surat (bukan peraturan)
        </Text>
        <div className={styles.row}>
          <Field label="Selisih nilai kontrak yang dibiarkan (%)">
            <Input className={styles.narrow} aria-label="Selisih nilai kontrak" value={String(rules.valueTolerancePercent).replace('.', ',')} onChange={(_e, d) => set('valueTolerancePercent', parseDecimal(d.value) || 0)} />
          </Field>
          <Field label="Bagian upah dari nilai kontrak (%)">
            <Input className={styles.narrow} aria-label="Bagian upah" value={String(rules.workerEstimate.labourSharePercent)} onChange={(_e, d) => set('workerEstimate', { ...rules.workerEstimate, labourSharePercent: parseDecimal(d.value) || 0 })} />
          </Field>
          <Field label={`Upah pekerja per bulan (${formatRupiah(rules.workerEstimate.monthlyWage)})`}>
            <Input aria-label="Upah pekerja per bulan" value={formatNumber(rules.workerEstimate.monthlyWage)} onChange={(_e, d) => set('workerEstimate', { ...rules.workerEstimate, monthlyWage: parseRupiah(d.value) || 0 })} />
          </Field>
          <Field label="Lama pekerjaan bila tidak tertulis (bulan)">
            <Input className={styles.narrow} aria-label="Lama pekerjaan" value={String(rules.workerEstimate.defaultMonths)} onChange={(_e, d) => set('workerEstimate', { ...rules.workerEstimate, defaultMonths: Number(d.value) || 0 })} />
          </Field>
        </div>
        <div className={styles.row} style={{ marginTop: 8 }}>
          <Field label="Format nomor surat ({no}, {bulan}, {tahun})">
            <Input aria-label="Format nomor surat" value={rules.letters.numberFormat} onChange={(_e, d) => set('letters', { ...rules.letters, numberFormat: d.value })} />
          </Field>
          <Field label="Tenggat jawaban (hari)">
            <Input className={styles.narrow} aria-label="Tenggat jawaban" value={String(rules.letters.replyDays)} onChange={(_e, d) => set('letters', { ...rules.letters, replyDays: Number(d.value) || 0 })} />
          </Field>
        </div>
      </div>

      <div className={styles.group}>
        <Text weight="semibold" className={styles.groupTitle}>
          Hari libur nasional dan cuti bersama
        </Text>
        {view.data.holidayYears.map((y) => (
          <Text key={y.year} size={200} style={{ display: 'block' }}>
            {y.year}: {formatNumber(y.days)} hari{y.builtIn ? '' : ' (ditambahkan kantor)'} · {y.source}
          </Text>
        ))}
        <Text size={200} className={styles.muted} style={{ display: 'block', margin: '6px 0' }}>
          Tambahkan tahun berikutnya setelah SKB tiga menteri terbit; satu hari per baris, mis. "01-01-2027 libur Tahun Baru 2027 Masehi".
        </Text>
        <div className={styles.row}>
          <Field label="Tahun">
            <Input className={styles.narrow} aria-label="Tahun hari libur" value={holidayYear} onChange={(_e, d) => setHolidayYear(d.value)} />
          </Field>
          <Field label="SKB (nomor dan tanggal)" style={{ flex: 1, minWidth: 280 }}>
            <Input aria-label="SKB hari libur" value={holidaySource} onChange={(_e, d) => setHolidaySource(d.value)} />
          </Field>
        </div>
        <Field label="Hari libur dan cuti bersama" style={{ marginTop: 8 }}>
          <Textarea aria-label="Daftar hari libur" value={holidayText} onChange={(_e, d) => setHolidayText(d.value)} rows={4} resize="vertical" />
        </Field>
      </div>

      <div className={styles.row} style={{ marginTop: 16 }}>
        <Button appearance="primary" onClick={submit}>
          Simpan aturan
        </Button>
        <Button disabled={!view.data.changed} onClick={() => setConfirmReset(true)}>
          Kembalikan ke bawaan
        </Button>
      </div>
      <Outcome error={error} success={saved} />
      <ConfirmDialog
        open={confirmReset}
        title="Kembalikan aturan kepatuhan ke bawaan?"
        confirmLabel="Ya, kembalikan"
        onConfirm={() => {
          setConfirmReset(false);
          void save(null);
        }}
        onCancel={() => setConfirmReset(false)}
      >
        Semua aturan yang diubah kantor ini (termasuk hari libur yang ditambahkan) diganti aturan bawaan Cakap beserta peraturannya.
      </ConfirmDialog>
    </Section>
  );
}
