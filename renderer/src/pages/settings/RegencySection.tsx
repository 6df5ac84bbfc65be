import { Button, Combobox, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/contract';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar, Section } from '../../components/Page';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '12px' },
  wide: { minWidth: '300px' },
});

export function RegencySection({ settings, onChanged }: { settings: Settings; onChanged: () => void }) {
  const styles = useStyles();
  const provinces = useApi('regions.provinces', {});
  const [provinceCode, setProvinceCode] = useState(settings.provinceCode ?? '13');
  const regencies = useApi('regions.regencies', { provinceCode });
  const [regencyCode, setRegencyCode] = useState(settings.regencyCode ?? '');
  const [label, setLabel] = useState(settings.villageLabel);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setLabel(settings.villageLabel), [settings.villageLabel]);

  const province = provinces.data?.find((p) => p.code === provinceCode);
  const regency = regencies.data?.find((r) => r.code === regencyCode);

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await action();
      setSaved(done);
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section
      title="Kabupaten/kota"
      hint="Kecamatan dan desa/nagari dimuat dari kode wilayah Kemendagri. Kabupaten hanya dapat diganti selama belum ada data."
    >
      <Text as="p" style={{ marginTop: 0 }}>
        Saat ini: <strong data-testid="current-regency">{settings.regencyName ?? 'belum dipilih'}</strong>
        {settings.provinceName && `, Provinsi ${settings.provinceName}`} {settings.regencyCode && `(kode ${settings.regencyCode})`}
      </Text>
      <div className={styles.row}>
        <Field label="Provinsi">
          <Combobox
            className={styles.wide}
            aria-label="Provinsi"
            value={province?.name ?? ''}
            selectedOptions={[provinceCode]}
            onOptionSelect={(_e, d) => {
              if (!d.optionValue) return;
              setProvinceCode(d.optionValue);
              setRegencyCode('');
            }}
            disabled={!settings.regencyChangeable}
          >
            {(provinces.data ?? []).map((p) => (
              <Option key={p.code} value={p.code}>
                {p.name}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field label="Kabupaten/kota">
          <Combobox
            className={styles.wide}
            aria-label="Kabupaten/kota"
            placeholder="Pilih kabupaten/kota"
            value={regency?.name ?? ''}
            selectedOptions={regencyCode ? [regencyCode] : []}
            onOptionSelect={(_e, d) => d.optionValue && setRegencyCode(d.optionValue)}
            disabled={!settings.regencyChangeable}
          >
            {(regencies.data ?? []).map((r) => (
              <Option key={r.code} value={r.code} text={r.name}>
                {`${r.name} (${r.code})`}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Button
          appearance="primary"
          disabled={busy || !regencyCode || regencyCode === settings.regencyCode || !settings.regencyChangeable}
          onClick={() => run(() => call('settings.setRegency', { code: regencyCode }), `${regency?.name ?? 'Kabupaten'} dipilih.`)}
        >
          Pakai kabupaten ini
        </Button>
      </div>
      {!settings.regencyChangeable && (
        <MessageBar intent="info" style={{ marginBottom: 12 }}>
          <MessageBarBody>
            Kabupaten tidak dapat diganti karena sudah ada data penduduk bekerja. Untuk kabupaten lain, buat basis data baru.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field label="Sebutan desa" hint={`Bawaan untuk provinsi ini: ${settings.villageLabelDefault}`}>
          <Input value={label} onChange={(_e, d) => setLabel(d.value)} maxLength={30} aria-label="Sebutan desa" />
        </Field>
        <Button
          disabled={busy || label.trim() === '' || label.trim() === settings.villageLabel}
          onClick={() => run(() => call('settings.setVillageLabel', { label: label.trim() }), 'Sebutan desa disimpan.')}
        >
          Simpan sebutan
        </Button>
        <Button
          appearance="subtle"
          disabled={busy || settings.villageLabel === settings.villageLabelDefault}
          onClick={() => run(() => call('settings.setVillageLabel', { label: null }), 'Sebutan desa kembali ke bawaan.')}
        >
          Kembalikan ke bawaan
        </Button>
      </div>
      <ErrorBar message={error} />
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
