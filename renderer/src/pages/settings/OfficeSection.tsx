import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { Delete20Regular, ImageAdd20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Office } from '../../../../shared/contract';
import { formatFileSize, formatNumber } from '../../../../shared/domain/format';
import { defaultSignerTitle } from '../../../../shared/domain/letterhead';
import { formatNip, isValidNip, normalizeNip } from '../../../../shared/domain/nip';
import { call, chooseFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loading, Outcome, Section } from '../../components/Page';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'minmax(320px, 1fr) minmax(320px, 1fr)', gap: '16px 32px', alignItems: 'start' },
  stack: { display: 'flex', flexDirection: 'column', gap: '10px' },
  group: { display: 'block', marginBottom: '2px', color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: '12px', marginTop: '16px' },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
    color: '#1a1a1a',
    padding: '16px 20px 10px',
    marginTop: '4px',
  },
  kop: { display: 'grid', gridTemplateColumns: '72px 1fr 72px', alignItems: 'center', gap: '8px' },
  logo: { maxWidth: '72px', maxHeight: '72px', objectFit: 'contain' },
  kopText: { textAlign: 'center', lineHeight: 1.3 },
  gov: { fontWeight: 600, fontSize: '15px' },
  office: { fontWeight: 600, fontSize: '18px' },
  small: { fontSize: '12px', whiteSpace: 'pre-line' },
  rule: { borderTop: '3px solid #1a1a1a', borderBottom: '1px solid #1a1a1a', height: '2px', marginTop: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
  signature: { marginLeft: 'auto', width: '260px', textAlign: 'center', fontSize: '12px', lineHeight: 1.4, marginTop: '12px' },
  signName: { fontWeight: 600, textDecoration: 'underline', marginTop: '36px' },
});

type Draft = Omit<Office, 'logo' | 'defaults'>;

const toDraft = (office: Office): Draft => ({
  governmentLine: office.governmentLine,
  officeName: office.officeName,
  address: office.address,
  contact: office.contact,
  signer: { ...office.signer, nip: office.signer.nip ? formatNip(office.signer.nip) : '' },
});

/** Pengaturan › the letterhead of the leadership report (with the logo) and who signs it, with a preview. */
export function OfficeSection({ onChanged, onDirtyChange }: { onChanged?: () => void; onDirtyChange?: (dirty: boolean) => void }) {
  const styles = useStyles();
  const office = useApi('office.get', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // A reload after a logo change must not throw away text typed but not saved yet.
  // After a save, the form shows what was stored (the NIP spaced as printed).
  const lastSaved = useRef<Draft | null>(null);
  const justSaved = useRef(false);
  useEffect(() => {
    if (!office.data) return;
    const saved = toDraft(office.data);
    const before = lastSaved.current;
    const reset = justSaved.current;
    justSaved.current = false;
    setDraft((current) => (reset || current === null || before === null || JSON.stringify(current) === JSON.stringify(before) ? saved : current));
    lastSaved.current = saved;
  }, [office.data]);
  // The first-run wizard waits for unsaved changes before it moves on.
  const unsaved = office.data !== undefined && draft !== null && JSON.stringify(draft) !== JSON.stringify(toDraft(office.data));
  useEffect(() => onDirtyChange?.(unsaved), [unsaved, onDirtyChange]);

  if (!office.data || !draft) {
    return (
      <Section title="Kop surat dan penanda tangan">
        <Outcome error={office.error} success={null} />
        {!office.error && <Loading />}
      </Section>
    );
  }
  const saved = office.data;
  const nip = normalizeNip(draft.signer.nip);
  const nipProblem = nip !== '' && !isValidNip(nip) ? 'NIP harus 18 angka, misalnya 19750312 200003 1 004.' : null;
  const dirty = JSON.stringify(draft) !== JSON.stringify(toDraft(saved));

  const set = (key: keyof Omit<Draft, 'signer'>) => (_e: unknown, d: { value: string }) => setDraft({ ...draft, [key]: d.value });
  const setSigner = (key: keyof Draft['signer']) => (_e: unknown, d: { value: string }) => setDraft({ ...draft, signer: { ...draft.signer, [key]: d.value } });

  async function act(action: () => Promise<string | null>) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const done = await action();
      if (done) {
        setMessage(done);
        office.reload();
        onChanged?.();
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    act(async () => {
      await call('office.set', draft);
      justSaved.current = true;
      return 'Kop surat dan penanda tangan disimpan.';
    });
  const uploadLogo = () =>
    act(async () => {
      const file = await chooseFile({ name: 'Gambar logo (PNG, JPEG)', extensions: ['png', 'jpg', 'jpeg'] });
      if (!file) return null;
      const result = await call('office.setLogo', { fileId: file.fileId });
      return `Logo "${file.name}" dipasang (${formatNumber(result.logo?.width ?? 0)} × ${formatNumber(result.logo?.height ?? 0)} piksel).`;
    });
  const removeLogo = () =>
    act(async () => {
      await call('office.removeLogo', {});
      return 'Logo dihapus dari kop surat.';
    });

  const signDate = 'Tanggal laporan dibuat';
  return (
    <Section
      title="Kop surat dan penanda tangan"
      hint="Dipakai di laporan PDF untuk pimpinan. Baris pemerintah atau nama kantor yang dikosongkan kembali ke bawaan."
    >
      <div className={styles.columns}>
        <div className={styles.stack}>
          <Text weight="semibold" className={styles.group}>
            Kop surat
          </Text>
          <Field label="Baris pemerintah" hint={`Bawaan: ${saved.defaults.governmentLine}`}>
            <Input value={draft.governmentLine} onChange={set('governmentLine')} maxLength={100} aria-label="Baris pemerintah" />
          </Field>
          <Field label="Nama kantor" hint={`Bawaan: ${saved.defaults.officeName}`}>
            <Input value={draft.officeName} onChange={set('officeName')} maxLength={100} aria-label="Nama kantor" />
          </Field>
          <Field label="Alamat" hint="Paling banyak 3 baris.">
            <Textarea value={draft.address} onChange={set('address')} maxLength={200} rows={2} resize="vertical" aria-label="Alamat" />
          </Field>
          <Field label="Telepon, e-mail, laman">
            <Input value={draft.contact} onChange={set('contact')} maxLength={200} aria-label="Telepon, e-mail, laman" placeholder="Telepon (0755) … · disnaker@….go.id" />
          </Field>
          <Field label="Logo" hint="PNG atau JPEG, paling besar 1 MB. Tampil di kiri kop surat.">
            <div className={styles.row}>
              <Button icon={<ImageAdd20Regular />} onClick={uploadLogo} disabled={busy}>
                {saved.logo ? 'Ganti logo…' : 'Pilih logo…'}
              </Button>
              {saved.logo && (
                <>
                  <Button appearance="subtle" icon={<Delete20Regular />} onClick={removeLogo} disabled={busy}>
                    Hapus logo
                  </Button>
                  <Text size={200} className={styles.muted}>
                    {saved.logo.mimeType === 'image/png' ? 'PNG' : 'JPEG'}, {formatNumber(saved.logo.width)} × {formatNumber(saved.logo.height)} piksel,{' '}
                    {formatFileSize(saved.logo.size)}
                  </Text>
                </>
              )}
            </div>
          </Field>
        </div>
        <div className={styles.stack}>
          <Text weight="semibold" className={styles.group}>
            Penanda tangan
          </Text>
          <Field label="Tempat" hint="Kota tempat laporan ditandatangani, misalnya Padang Aro.">
            <Input value={draft.signer.place} onChange={setSigner('place')} maxLength={60} aria-label="Tempat" />
          </Field>
          <Field label="Jabatan" hint="Boleh dua baris, misalnya Kepala Dinas Tenaga Kerja / Kabupaten Solok Selatan.">
            <Textarea value={draft.signer.title} onChange={setSigner('title')} maxLength={150} rows={2} resize="vertical" aria-label="Jabatan" />
          </Field>
          <Field label="Nama lengkap dengan gelar">
            <Input value={draft.signer.name} onChange={setSigner('name')} maxLength={100} aria-label="Nama penanda tangan" />
          </Field>
          <Field label="Pangkat/golongan (boleh kosong)">
            <Input value={draft.signer.rank} onChange={setSigner('rank')} maxLength={80} aria-label="Pangkat/golongan" placeholder="Pembina Utama Muda (IV/c)" />
          </Field>
          <Field label="NIP" validationMessage={nipProblem ?? undefined} validationState={nipProblem ? 'error' : 'none'}>
            <Input value={draft.signer.nip} onChange={setSigner('nip')} maxLength={24} aria-label="NIP" placeholder="19750312 200003 1 004" />
          </Field>
        </div>
      </div>

      <Text weight="semibold" className={styles.group} style={{ marginTop: 16 }}>
        Pratinjau
      </Text>
      <div className={styles.preview} data-testid="kop-preview">
        <div className={styles.kop}>
          <div>{saved.logo && <img className={styles.logo} src={saved.logo.dataUrl} alt="Logo kop surat" />}</div>
          <div className={styles.kopText}>
            <div className={styles.gov}>{draft.governmentLine.trim() || saved.defaults.governmentLine}</div>
            <div className={styles.office}>{draft.officeName.trim() || saved.defaults.officeName}</div>
            {draft.address && <div className={styles.small}>{draft.address}</div>}
            {draft.contact && <div className={styles.small}>{draft.contact}</div>}
          </div>
          <div />
        </div>
        <div className={styles.rule} />
        <div className={styles.signature}>
          <div>
            {draft.signer.place ? `${draft.signer.place}, ` : ''}
            <span className={styles.muted}>{signDate}</span>
          </div>
          <div style={{ whiteSpace: 'pre-line' }}>{`${draft.signer.title || defaultSignerTitle(draft.officeName.trim() || saved.defaults.officeName)},`}</div>
          <div className={styles.signName}>{draft.signer.name || '(..........................................)'}</div>
          {draft.signer.rank && <div>{draft.signer.rank}</div>}
          {nip && !nipProblem && <div>NIP. {formatNip(nip)}</div>}
        </div>
      </div>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} onClick={save} disabled={busy || !dirty || nipProblem !== null}>
          Simpan kop surat dan penanda tangan
        </Button>
        <Button appearance="subtle" onClick={() => setDraft(toDraft(saved))} disabled={busy || !dirty}>
          Batalkan perubahan
        </Button>
      </div>
      <Outcome error={error} success={message} />
    </Section>
  );
}
