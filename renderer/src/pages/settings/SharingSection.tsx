import { Badge, Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, Text, tokens } from '@fluentui/react-components';
import { PlugConnected20Regular, PlugDisconnected20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { DEFAULT_OFFICE_PORT } from '../../../../shared/contract/sharing';
import { formatDate } from '../../../../shared/domain/format';
import { parseWholeNumber } from '../../../../shared/domain/numbers';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Outcome, Section } from '../../components/Page';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '12px' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px', marginTop: '12px', alignItems: 'baseline' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Kantor bersama: this PC serves Cakap to colleagues' browsers over the office network, on one
 * address of its own, by HTTPS, to named accounts. The database stays on this PC only (never on a
 * shared folder, where SQLite would corrupt it).
 */
export function SharingSection({ version }: { version: number }) {
  const styles = useStyles();
  const status = useApi('sharing.status', {});
  const [host, setHost] = useState<string | null>(null);
  const [port, setPort] = useState(String(DEFAULT_OFFICE_PORT));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const s = status.data;
  const reload = status.reload;
  useEffect(() => reload(), [version, reload]);
  // The server starts a moment after it is turned on: look again until it says where it runs or why not.
  const waiting = s?.enabled === true && !s.running.url && !s.running.error;
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(reload, 1000);
    return () => clearTimeout(timer);
  }, [waiting, reload, s]);
  const chosen = host ?? s?.host ?? s?.addresses[0]?.address ?? '';

  async function act(action: () => Promise<string>) {
    setError(null);
    setDone(null);
    try {
      setDone(await action());
      reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <Section
      title="Kantor bersama"
      hint="Rekan kerja di kantor yang sama memakai Cakap dari peramban mereka, lewat jaringan kantor; basis data tetap di komputer ini saja. Jangan menaruh berkas basis data di folder bersama: SQLite dapat rusak di sana."
    >
      <div className={styles.form}>
        <Field label="Alamat komputer ini" hint="hanya alamat ini yang dibuka, tidak semua jaringan">
          <Dropdown aria-label="Alamat komputer ini" value={chosen} selectedOptions={[chosen]} onOptionSelect={(_e, d) => setHost(d.optionValue ?? null)} style={{ minWidth: 260 }}>
            {(s?.addresses ?? []).map((a) => (
              <Option key={a.address} value={a.address} text={a.address}>
                {a.address} ({a.interface})
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Port">
          <Input value={port} onChange={(_e, d) => setPort(d.value)} style={{ width: 100 }} />
        </Field>
        <Button
          appearance="primary"
          icon={<PlugConnected20Regular />}
          disabled={!chosen}
          onClick={() =>
            act(async () => {
              const next = await call('sharing.enable', { host: chosen, port: parseWholeNumber(port) ?? Number.NaN });
              return `Kantor bersama dinyalakan: rekan kerja membuka ${next.url} dan masuk dengan akunnya.`;
            })
          }
        >
          {s?.enabled ? 'Terapkan' : 'Nyalakan'}
        </Button>
        {s?.enabled && (
          <Button icon={<PlugDisconnected20Regular />} onClick={() => act(async () => (await call('sharing.disable', {}), 'Kantor bersama dimatikan; hanya komputer ini yang memakai Cakap.'))}>
            Matikan
          </Button>
        )}
      </div>
      {s && (
        <div className={styles.facts}>
          <Text weight="semibold">Keadaan</Text>
          <span>
            {!s.enabled ? (
              <Badge appearance="tint" color="subtle">
                Mati
              </Badge>
            ) : s.running.url ? (
              <Badge appearance="tint" color="success">
                Berjalan
              </Badge>
            ) : s.running.error ? (
              <Badge appearance="tint" color="danger">
                Gagal
              </Badge>
            ) : (
              <Badge appearance="tint" color="informative">
                Menyala…
              </Badge>
            )}
          </span>
          {s.url && (
            <>
              <Text weight="semibold">Alamat untuk rekan kerja</Text>
              <Text className={styles.mono} data-testid="sharing-url">
                {s.url}
              </Text>
            </>
          )}
          {s.certificate && (
            <>
              <Text weight="semibold">Sidik jari sertifikat</Text>
              <span>
                <Text className={styles.mono} data-testid="sharing-fingerprint">
                  {s.certificate.fingerprint}
                </Text>
                <Text size={200} block className={styles.muted}>
                  SHA-256, berlaku sampai {formatDate(s.certificate.validUntil)}. Peramban rekan akan memperingatkan bahwa sertifikat ini dibuat komputer ini sendiri: cocokkan sidik jari yang ditampilkannya dengan yang di sini, baru lanjutkan.
                </Text>
              </span>
            </>
          )}
          <Text weight="semibold">Akun aktif</Text>
          <Text>{s.activeAccounts === 0 ? 'belum ada: buat dulu di bagian Akun' : s.activeAccounts}</Text>
        </div>
      )}
      {s?.running.error && (
        <MessageBar intent="error" layout="multiline" style={{ marginTop: 12 }}>
          <MessageBarBody>{s.running.error}</MessageBarBody>
        </MessageBar>
      )}
      <Outcome error={error ?? status.error} success={done} />
    </Section>
  );
}
