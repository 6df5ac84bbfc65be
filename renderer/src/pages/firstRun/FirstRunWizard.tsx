import { Button, Combobox, makeStyles, mergeClasses, MessageBar, MessageBarBody, Option, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, ArrowUpload20Regular, Board20Regular, Checkmark20Regular, Eye20Regular, Globe20Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { formatNumber, formatPercent } from '../../../../shared/domain/format';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { DemoProgress, useOpenDemo } from '../../components/Demo';
import { ErrorBar } from '../../components/Page';
import type { PageId } from '../../navigation';
import { OfficeSection } from '../settings/OfficeSection';
import { RegencySection } from '../settings/RegencySection';
import { TargetsSection } from '../settings/TargetsSection';
import { WorkforceSection } from '../settings/WorkforceSection';

const STEPS = ['Selamat datang', 'Kabupaten', 'Kop surat laporan', 'Target dan penduduk bekerja', 'Mulai bekerja'] as const;

const useStyles = makeStyles({
  root: { height: '100%', overflow: 'auto', backgroundColor: tokens.colorNeutralBackground3 },
  frame: { maxWidth: '1180px', margin: '0 auto', padding: '24px 32px 40px' },
  brand: { display: 'flex', alignItems: 'baseline', gap: '12px', marginBottom: '16px' },
  steps: { display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '0 0 20px', padding: 0, listStyle: 'none' },
  step: {
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    padding: '6px 12px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
  },
  current: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold },
  passed: { color: tokens.colorNeutralForeground1 },
  number: {
    display: 'inline-flex',
    justifyContent: 'center',
    alignItems: 'center',
    width: '22px',
    height: '22px',
    borderRadius: '50%',
    border: `1px solid currentColor`,
    fontSize: '12px',
  },
  intro: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: '20px 24px',
    marginBottom: '20px',
  },
  paragraph: { display: 'block', marginBottom: '10px', maxWidth: '820px', lineHeight: '1.5' },
  choices: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: '16px', marginTop: '8px' },
  choice: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '16px', display: 'flex', flexDirection: 'column', gap: '8px' },
  nav: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    gap: '12px',
    alignItems: 'center',
    padding: '12px 16px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow8,
  },
  spacer: { flex: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  summary: { margin: '4px 0 12px', paddingLeft: '20px', lineHeight: '1.7' },
});

/**
 * The first start on an empty database: regency, letterhead and signer, the year's target and
 * workforce, then a first list or the demo regency. Each step is the Pengaturan section itself, so
 * whatever is set here can be changed there later. Finished or skipped, it never comes back.
 */
export function FirstRunWizard({ onFinished, onSettingsChanged }: { onFinished: (next: PageId) => void; onSettingsChanged: () => void }) {
  const styles = useStyles();
  const [step, setStep] = useState(0);
  const settings = useApi('settings.get', {});
  const [officeUnsaved, setOfficeUnsaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const demo = useOpenDemo();
  const last = STEPS.length - 1;

  async function finish(how: 'done' | 'skipped', next: PageId) {
    setError(null);
    try {
      await call('firstRun.finish', { how });
      onFinished(next);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const settingsChanged = () => {
    settings.reload();
    onSettingsChanged();
  };
  const blocked = step === 2 && officeUnsaved;

  return (
    <main className={styles.root}>
      <div className={styles.frame}>
        <div className={styles.brand}>
          <Text as="h1" size={800} weight="bold" style={{ margin: 0 }}>
            Cakap
          </Text>
          <Text size={400} className={styles.muted}>
            Persiapan awal · langkah {step + 1} dari {STEPS.length}
          </Text>
        </div>
        <ol className={styles.steps} aria-label="Langkah persiapan">
          {STEPS.map((title, i) => (
            <li key={title} className={mergeClasses(styles.step, i < step && styles.passed, i === step && styles.current)} aria-current={i === step ? 'step' : undefined}>
              <span className={styles.number}>{i < step ? <Checkmark20Regular fontSize={14} /> : i + 1}</span>
              {title}
            </li>
          ))}
        </ol>
        <ErrorBar message={error ?? demo.error} />

        {step === 0 && (
          <div className={styles.intro}>
            <Text as="h2" size={600} weight="semibold" style={{ display: 'block', marginTop: 0 }}>
              Selamat datang di Cakap
            </Text>
            <Text className={styles.paragraph}>
              Cakap menghitung capaian Universal Coverage Jamsostek (UCJ) kabupaten: berapa persen penduduk bekerja yang terlindungi BPJS Ketenagakerjaan, program
              mana yang membayar iurannya, dan berapa biaya untuk mencapai target. Hasilnya laporan PDF untuk pimpinan.
            </Text>
            <Text className={styles.paragraph}>
              Persiapan ini menyiapkan empat hal dalam beberapa menit: kabupaten, kop surat dan penanda tangan laporan, target dan penduduk bekerja tahun ini,
              lalu daftar pekerja pertama. Semuanya dapat diubah lagi kapan saja di halaman Pengaturan.
            </Text>
            <div className={styles.choices}>
              <div className={styles.choice}>
                <Text weight="semibold">Siapkan data kantor</Text>
                <Text size={200} className={styles.muted}>
                  Mulai dari kabupaten; isian yang belum diketahui boleh dilewati.
                </Text>
                <Button appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after" onClick={() => setStep(1)}>
                  Mulai persiapan
                </Button>
              </div>
              <div className={styles.choice}>
                <Text weight="semibold">Lihat-lihat dulu dengan data contoh</Text>
                <Text size={200} className={styles.muted}>
                  Kabupaten rekaan yang lengkap (pekerja, program, data BPJS, kepatuhan perusahaan dan proyek, rencana tahun depan, laporan). Disimpan di berkas tersendiri: data kantor tidak tersentuh, dan persiapan
                  ini menunggu sampai Anda kembali.
                </Text>
                <Button icon={<Eye20Regular />} onClick={() => void demo.open()} disabled={demo.building}>
                  Buka data contoh
                </Button>
              </div>
            </div>
            <ProvinceChoice
              disabled={demo.building}
              onDone={async () => {
                await call('firstRun.finish', { how: 'done' });
                onSettingsChanged();
              }}
            />
            {demo.fraction !== null && <DemoProgress fraction={demo.fraction} />}
          </div>
        )}

        {step === 1 && settings.data && (
          <>
            <StepIntro>
              Kecamatan dan {settings.data.villageLabel.toLowerCase()} kabupaten ini dimuat dari kode wilayah Kemendagri; daftar dan laporan memakai namanya.
              Solok Selatan sudah terpilih; ganti bila kantor Anda di kabupaten lain.
            </StepIntro>
            <RegencySection settings={settings.data} onChanged={settingsChanged} />
          </>
        )}

        {step === 2 && (
          <>
            <StepIntro>
              Kop surat dan penanda tangan tercetak di laporan PDF untuk pimpinan. Isi yang diketahui sekarang, lalu tekan Simpan; sisanya dapat dilengkapi nanti di
              Pengaturan.
            </StepIntro>
            <OfficeSection onDirtyChange={setOfficeUnsaved} />
          </>
        )}

        {step === 3 && (
          <>
            <StepIntro>
              Target UCJ tahun ini dan jumlah penduduk bekerja per kecamatan (BPS) adalah dasar semua persentase di Dasbor dan di laporan. Ketik angkanya, atau
              impor dari berkas; templatnya dapat diunduh untuk dikirim ke BPS.
            </StepIntro>
            <TargetsSection />
            <WorkforceSection onChanged={() => undefined} />
          </>
        )}

        {step === last && <Ready demo={demo} onImport={() => finish('done', 'impor')} onDashboard={() => finish('done', 'dasbor')} onDemo={() => void demo.open(() => call('firstRun.finish', { how: 'done' }))} />}

        {step > 0 && (
          <div className={styles.nav}>
            <Button icon={<ArrowLeft20Regular />} onClick={() => setStep(step - 1)} disabled={demo.building}>
              Kembali
            </Button>
            <Button appearance="subtle" onClick={() => void finish('skipped', 'dasbor')} disabled={demo.building}>
              Lewati persiapan
            </Button>
            <span className={styles.spacer} />
            {blocked && <Text className={styles.muted}>Simpan kop surat dulu, atau batalkan perubahannya.</Text>}
            {step < last && (
              <Button appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after" onClick={() => setStep(step + 1)} disabled={blocked}>
                Lanjut
              </Button>
            )}
          </div>
        )}
        {step === 0 && (
          <div style={{ marginTop: 8 }}>
            <Button appearance="subtle" onClick={() => void finish('skipped', 'dasbor')} disabled={demo.building}>
              Lewati persiapan; saya atur sendiri di Pengaturan
            </Button>
          </div>
        )}
      </div>
    </main>
  );
}

/**
 * A province's Disnaker uses Cakap to sum its regencies' packages, not to hold workers: the database
 * becomes the province's (province.setup) and opens on the Provinsi page.
 */
function ProvinceChoice({ disabled, onDone }: { disabled: boolean; onDone: () => Promise<void> }) {
  const styles = useStyles();
  const provinces = useApi('regions.provinces', {});
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = provinces.data?.find((p) => p.code === code);
  async function setUp() {
    setBusy(true);
    setError(null);
    try {
      await call('province.setup', { code });
      await onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }
  return (
    <div className={styles.choice} style={{ marginTop: 16 }}>
      <Text weight="semibold">Kantor provinsi</Text>
      <Text size={200} className={styles.muted}>
        Dinas provinsi tidak menyimpan data pekerja: ia menerima paket angka dari setiap kabupaten/kota (tanpa NIK atau nama) dan menjumlahkannya. Basis data ini
        lalu menjadi milik provinsi dan tidak dapat dipakai untuk kabupaten.
      </Text>
      <ErrorBar message={error} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Combobox aria-label="Provinsi kantor ini" placeholder="Pilih provinsi" value={chosen?.name ?? ''} selectedOptions={code ? [code] : []} onOptionSelect={(_e, d) => d.optionValue && setCode(d.optionValue)} disabled={disabled || busy}>
          {(provinces.data ?? []).map((p) => (
            <Option key={p.code} value={p.code}>
              {p.name}
            </Option>
          ))}
        </Combobox>
        <Button icon={<Globe20Regular />} onClick={() => void setUp()} disabled={disabled || busy || !code}>
          {busy ? 'Menyiapkan…' : 'Jadikan basis data provinsi'}
        </Button>
      </div>
    </div>
  );
}

function StepIntro({ children }: { children: ReactNode }) {
  return (
    <MessageBar intent="info" layout="multiline" style={{ marginBottom: 16 }}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

/** The last step: what is set, and the first thing to do with it. */
function Ready({
  demo,
  onImport,
  onDashboard,
  onDemo,
}: {
  demo: ReturnType<typeof useOpenDemo>;
  onImport: () => void;
  onDashboard: () => void;
  onDemo: () => void;
}) {
  const styles = useStyles();
  const settings = useApi('settings.get', {});
  const office = useApi('office.get', {});
  const targets = useApi('targets.list', {});
  const years = useApi('workforce.years', {});
  const latestYear = years.data?.at(-1);
  const workforce = useApi('workforce.get', { year: latestYear ?? 2000 });
  const thisYear = new Date().getFullYear();
  const target = targets.data?.find((t) => t.year === thisYear);
  const missing = (text: string) => <span className={styles.muted}>{text}</span>;
  return (
    <div className={styles.intro}>
      <Text as="h2" size={600} weight="semibold" style={{ display: 'block', marginTop: 0 }}>
        Siap dipakai
      </Text>
      <ul className={styles.summary} data-testid="first-run-summary">
        <li>Kabupaten: {settings.data?.regencyName ?? missing('belum dipilih')}</li>
        <li>
          Kop surat: {office.data ? `${office.data.governmentLine || office.data.defaults.governmentLine} · ${office.data.officeName || office.data.defaults.officeName}` : '…'}
        </li>
        <li>Penanda tangan: {office.data?.signer.name || missing('belum diisi (dapat diisi nanti di Pengaturan)')}</li>
        <li>Target UCJ {thisYear}: {target ? formatPercent(target.percent) : missing('belum diisi')}</li>
        <li>
          Penduduk bekerja:{' '}
          {latestYear !== undefined && workforce.data?.total != null ? `${formatNumber(workforce.data.total)} orang (${latestYear})` : missing('belum diisi')}
        </li>
      </ul>
      <Text className={styles.paragraph}>
        Langkah berikutnya biasanya daftar pekerja dari nagari/desa atau OPD. Di halaman Impor ada templat Excel untuk dikirim kepada mereka: berkas yang diisi
        dengan templat terbaca tanpa perbaikan. Daftar perusahaan (OSS, WLKP, BPJS) dan paket konstruksi diimpor di halaman Kepatuhan, juga dengan templatnya;
        rencana penutupan kesenjangan untuk tahun depan disusun di halaman Rencana.
      </Text>
      <div className={styles.choices}>
        <div className={styles.choice}>
          <Text weight="semibold">Impor daftar pekerja pertama</Text>
          <Button appearance="primary" icon={<ArrowUpload20Regular />} onClick={onImport} disabled={demo.building}>
            Ke halaman Impor
          </Button>
        </div>
        <div className={styles.choice}>
          <Text weight="semibold">Lihat Dasbor</Text>
          <Button icon={<Board20Regular />} onClick={onDashboard} disabled={demo.building}>
            Selesai, buka Dasbor
          </Button>
        </div>
        <div className={styles.choice}>
          <Text weight="semibold">Lihat-lihat dengan data contoh</Text>
          <Text size={200} className={styles.muted}>
            Termasuk kepatuhan perusahaan dan proyek serta rencana tahun depan. Berkas tersendiri; data kantor yang baru disiapkan tidak tersentuh.
          </Text>
          <Button icon={<Eye20Regular />} onClick={onDemo} disabled={demo.building}>
            Buka data contoh
          </Button>
        </div>
      </div>
      {demo.fraction !== null && <DemoProgress fraction={demo.fraction} />}
    </div>
  );
}
