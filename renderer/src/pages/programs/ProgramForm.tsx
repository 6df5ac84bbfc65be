import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Program } from '../../../../shared/contract';
import { parseWholeNumber } from '../../../../shared/domain/numbers';
import { BENEFIT_LABELS, BENEFITS, DEFAULT_PREMIUM, FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type Benefit, type FundingSource } from '../../../../shared/domain/programs';
import { otherSchemesSentence } from '../../../../shared/domain/otherSchemes';
import { call } from '../../api/client';
import { ErrorBar } from '../../components/Page';
import { formatNumber } from '../../../../shared/domain/format';
import { MonthField } from '../../components/DateField';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px 16px' },
  wide: { gridColumn: '1 / span 2' },
  benefits: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px' },
});

interface Props {
  open: boolean;
  program: Program | null;
  villages: { code: string; name: string }[];
  onClose: () => void;
  onSaved: (program: Program) => void;
}

/** Create or edit a funding program; every field in the office's words, money typed as "1.512.000.000". */
export function ProgramForm({ open, program, villages, onClose, onSaved }: Props) {
  const styles = useStyles();
  const year = new Date().getFullYear();
  const [name, setName] = useState(program?.name ?? '');
  const [source, setSource] = useState<FundingSource>(program?.source ?? 'apbd_kabupaten');
  const [detail, setDetail] = useState(program?.sourceDetail ?? '');
  const [fiscalYear, setFiscalYear] = useState(String(program?.year ?? year));
  const [budget, setBudget] = useState(program ? formatNumber(program.budget) : '');
  const [premium, setPremium] = useState(formatNumber(program?.premium ?? DEFAULT_PREMIUM));
  const [benefits, setBenefits] = useState<Benefit[]>(program?.benefits ?? ['JKK', 'JKM']);
  const [from, setFrom] = useState(program?.from ?? `${year}-01`);
  const [to, setTo] = useState(program?.to ?? `${year}-12`);
  const [quota, setQuota] = useState(program?.quota ? String(program.quota) : '');
  const [agency, setAgency] = useState(program?.agency ?? '');
  const [minAge, setMinAge] = useState(program?.minAge?.toString() ?? '');
  const [maxAge, setMaxAge] = useState(program?.maxAge?.toString() ?? '');
  const [domicile, setDomicile] = useState(program?.domicileRequired ?? true);
  const [occupations, setOccupations] = useState(program?.occupations?.join(', ') ?? '');
  const [excludeOtherSchemes, setExcludeOtherSchemes] = useState(program?.excludeOtherSchemes ?? true);
  const [error, setError] = useState<string | null>(null);

  const number = (text: string) => (text.trim() === '' ? null : parseWholeNumber(text.replace(/^rp\.?\s*/i, '')));

  async function save() {
    setError(null);
    const budgetValue = number(budget);
    const premiumValue = number(premium);
    if (budgetValue === null || Number.isNaN(budgetValue)) return setError('Anggaran harus berupa jumlah Rupiah, misalnya 1.512.000.000.');
    if (premiumValue === null || Number.isNaN(premiumValue)) return setError('Iuran per pekerja per bulan harus berupa jumlah Rupiah, misalnya 16.800.');
    const input = {
      name,
      source,
      sourceDetail: detail.trim() || null,
      year: Number(fiscalYear),
      budget: budgetValue,
      premium: premiumValue,
      benefits,
      from,
      to,
      quota: number(quota),
      agency: agency.trim() || null,
      minAge: number(minAge),
      maxAge: number(maxAge),
      domicileRequired: domicile,
      occupations: occupations.trim() ? occupations.split(',').map((o) => o.trim()).filter(Boolean) : null,
      excludeOtherSchemes,
    };
    try {
      onSaved(program ? await call('programs.update', { id: program.id, program: input }) : await call('programs.create', input));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface style={{ maxWidth: 720 }}>
        <DialogBody>
          <DialogTitle>{program ? `Ubah program #${program.id}` : 'Program baru'}</DialogTitle>
          <DialogContent>
            <div className={styles.grid}>
              <Field label="Nama program" required className={styles.wide}>
                <Input value={name} onChange={(_e, d) => setName(d.value)} placeholder="mis. Perlindungan Pekerja Rentan APBD 2025" />
              </Field>
              <Field label="Sumber dana" required>
                <Dropdown
                  aria-label="Sumber dana"
                  value={FUNDING_SOURCE_LABELS[source]}
                  selectedOptions={[source]}
                  onOptionSelect={(_e, d) => {
                    setSource(d.optionValue as FundingSource);
                    setDetail('');
                  }}
                >
                  {FUNDING_SOURCES.map((s) => (
                    <Option key={s} value={s}>
                      {FUNDING_SOURCE_LABELS[s]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {source === 'apb_nagari' ? (
                <Field label="Nagari" required>
                  <Dropdown aria-label="Nagari pemilik anggaran" value={detail} selectedOptions={[detail]} onOptionSelect={(_e, d) => setDetail(d.optionValue ?? '')}>
                    {villages.map((v) => (
                      <Option key={v.code} value={v.name}>
                        {v.name}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              ) : (
                <Field label={source === 'csr' ? 'Perusahaan' : 'Keterangan sumber'} required={source === 'csr'}>
                  <Input value={detail} onChange={(_e, d) => setDetail(d.value)} />
                </Field>
              )}
              <Field label="Tahun anggaran" required>
                <Input type="number" value={fiscalYear} onChange={(_e, d) => setFiscalYear(d.value)} />
              </Field>
              <Field label="Pengelola (OPD atau nagari)">
                <Input value={agency} onChange={(_e, d) => setAgency(d.value)} placeholder="mis. Dinas Tenaga Kerja" />
              </Field>
              <Field label="Anggaran (Rp)" required>
                <Input aria-label="Anggaran" value={budget} onChange={(_e, d) => setBudget(d.value)} contentBefore="Rp" placeholder="1.512.000.000" />
              </Field>
              <Field label="Iuran per pekerja per bulan (Rp)" required>
                <Input aria-label="Iuran per pekerja per bulan" value={premium} onChange={(_e, d) => setPremium(d.value)} contentBefore="Rp" />
              </Field>
              <MonthField label="Bulan pertama dibiayai" required aria-label="Bulan pertama" value={from} onChange={setFrom} />
              <MonthField label="Bulan terakhir dibiayai" required aria-label="Bulan terakhir" value={to} onChange={setTo} />
              <Field label="Kuota pekerja (kosong = tanpa batas)">
                <Input aria-label="Kuota" value={quota} onChange={(_e, d) => setQuota(d.value)} />
              </Field>
              <Field label="Program jaminan yang dibiayai">
                <div className={styles.benefits}>
                  {BENEFITS.map((b) => (
                    <Checkbox
                      key={b}
                      label={b}
                      title={BENEFIT_LABELS[b]}
                      checked={benefits.includes(b)}
                      onChange={(_e, d) => setBenefits((current) => (d.checked ? [...current, b] : current.filter((x) => x !== b)))}
                    />
                  ))}
                </div>
              </Field>
              <Field label="Umur paling rendah saat mulai">
                <Input aria-label="Umur minimum" value={minAge} onChange={(_e, d) => setMinAge(d.value)} />
              </Field>
              <Field label="Umur paling tinggi saat mulai">
                <Input aria-label="Umur maksimum" value={maxAge} onChange={(_e, d) => setMaxAge(d.value)} />
              </Field>
              <Field label="Pekerjaan sasaran (pisahkan dengan koma; kosong = semua)" className={styles.wide}>
                <Input value={occupations} onChange={(_e, d) => setOccupations(d.value)} placeholder="mis. Petani Sawit, Buruh Tani" />
              </Field>
              <Checkbox className={styles.wide} label="Hanya pekerja yang berdomisili di kabupaten ini" checked={domicile} onChange={(_e, d) => setDomicile(!!d.checked)} />
              <Field className={styles.wide} hint={`Menurut pekerjaan di KTP: ${otherSchemesSentence()}.`}>
                <Checkbox
                  label="Kecualikan ASN, TNI/Polri, pejabat negara dan anggota DPR/DPRD (dilindungi skema lain)"
                  checked={excludeOtherSchemes}
                  onChange={(_e, d) => setExcludeOtherSchemes(!!d.checked)}
                />
              </Field>
            </div>
            <div style={{ marginTop: 12 }}>
              <ErrorBar message={error} />
            </div>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Batal</Button>
            <Button appearance="primary" onClick={save}>
              Simpan program
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
