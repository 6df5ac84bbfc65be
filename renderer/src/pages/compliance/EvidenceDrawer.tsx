import {
  Badge,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Dropdown,
  Field,
  makeStyles,
  Option,
  OverlayDrawer,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Evidence } from '../../../../shared/contract';
import { formatDate, formatDateTime, formatPercent } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { DateField } from '../../components/DateField';
import { ErrorBar, Loading } from '../../components/Page';
import { FOLLOW_UP_ACTIONS } from './labels';

const useStyles = makeStyles({
  facts: { margin: '0 0 16px', paddingLeft: '20px', lineHeight: '1.55' },
  source: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '10px 12px', marginBottom: '10px' },
  sourceHead: { display: 'flex', justifyContent: 'space-between', gap: '8px', marginBottom: '6px', flexWrap: 'wrap' },
  cells: { display: 'grid', gridTemplateColumns: 'minmax(120px, 40%) 1fr', rowGap: '2px', columnGap: '10px', fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { display: 'block', margin: '18px 0 8px' },
  entry: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: '10px', marginBottom: '10px' },
  form: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px', alignItems: 'end' },
});

export interface Subject {
  subject: 'employer' | 'project';
  key: string;
}

/** One employer or project: the facts, each source row it was matched from, the pairs reviewed, and its follow-up log. */
export function EvidenceDrawer({ subject, asOf, onClose, onChanged }: { subject: Subject | null; asOf: string; onClose: () => void; onChanged: () => void }) {
  return (
    <OverlayDrawer position="end" size="large" open={subject !== null} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Tutup" icon={<Dismiss24Regular />} onClick={onClose} />}>
          {subject?.subject === 'project' ? 'Bukti proyek konstruksi' : 'Bukti pemberi kerja'}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>{subject && <EvidenceView key={subject.key} subject={subject} asOf={asOf} onChanged={onChanged} />}</DrawerBody>
    </OverlayDrawer>
  );
}

function EvidenceView({ subject, asOf, onChanged }: { subject: Subject; asOf: string; onChanged: () => void }) {
  const styles = useStyles();
  const loaded = useApi('compliance.evidence', { ...subject, asOf });
  const [updated, setUpdated] = useState<Evidence | null>(null);
  const evidence = updated ?? loaded.data;
  const [action, setAction] = useState<string>('visit');
  const [onDate, setOnDate] = useState(() => localIsoDate(new Date()));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function record(kind: string) {
    setError(null);
    setBusy(true);
    try {
      setUpdated(await call('compliance.followUp', { ...subject, action: kind as 'visit', onDate, note: note.trim() || undefined }));
      setNote('');
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  async function letter() {
    setError(null);
    setBusy(true);
    try {
      const files = await call('compliance.letters', { subjects: [subject], asOf });
      await saveFile(files.pdf);
      setUpdated(await call('compliance.evidence', { ...subject, asOf }));
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!evidence) return loaded.error ? <ErrorBar message={loaded.error} /> : <Loading />;
  const open = evidence.case !== null && evidence.case.closedAt === null;
  return (
    <>
      <Text as="h2" size={600} weight="semibold" style={{ display: 'block', margin: '0 0 4px' }}>
        {evidence.name}
      </Text>
      <Text style={{ display: 'block', marginBottom: 12 }}>
        Status: <strong>{evidence.statusLabel}</strong>
        {evidence.case && (
          <Badge appearance="tint" color={open ? 'warning' : 'success'} style={{ marginLeft: 8 }}>
            {open ? 'Kasus terbuka' : 'Kasus selesai'}
          </Badge>
        )}
      </Text>
      <Text weight="semibold" className={styles.heading}>
        Fakta
      </Text>
      <ol className={styles.facts}>
        {evidence.facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ol>

      <Text weight="semibold" className={styles.heading}>
        Sumber ({evidence.sources.length} baris)
      </Text>
      {evidence.sources.map((s) => (
        <div key={`${s.batchId}-${s.sheet}-${s.row}`} className={styles.source} role="group" aria-label={`Baris sumber ${s.listLabel}`}>
          <div className={styles.sourceHead}>
            <Text weight="semibold">{s.listLabel}</Text>
            <Text size={200} className={styles.muted}>
              impor #{s.batchId} "{s.fileName}"{s.asOf ? ` per ${formatDate(s.asOf)}` : ''} · sheet "{s.sheet}" baris {s.row}
            </Text>
          </div>
          {s.matchedBy && (
            <Text size={200} style={{ display: 'block', marginBottom: 4 }}>
              Dicocokkan: <strong>{s.matchedBy}</strong>
            </Text>
          )}
          <div className={styles.cells}>
            {s.cells.map(([header, value], i) => (
              <Text key={i} as="span" style={{ display: 'contents' }}>
                <span className={styles.muted}>{header}</span>
                <span>{value}</span>
              </Text>
            ))}
          </div>
        </div>
      ))}

      {evidence.reviews.length > 0 && (
        <>
          <Text weight="semibold" className={styles.heading}>
            Pasangan mirip yang ditinjau
          </Text>
          {evidence.reviews.map((r) => (
            <Text key={r.id} style={{ display: 'block', marginBottom: 4 }}>
              {r.other} · {r.reason} · {r.decision === 'confirmed' ? 'dikonfirmasi sama' : r.decision === 'rejected' ? 'ditolak (berbeda)' : `menunggu keputusan (${formatPercent(r.score * 100, 0)})`}
            </Text>
          ))}
        </>
      )}

      <Text weight="semibold" className={styles.heading}>
        Tindak lanjut
      </Text>
      {!evidence.case && <Text style={{ display: 'block', marginBottom: 8 }}>Belum ada tindak lanjut.</Text>}
      {evidence.case?.actions.map((a) => (
        <div key={a.id} className={styles.entry}>
          <Text weight="semibold" style={{ display: 'block' }}>
            {formatDate(a.onDate)} · {a.label}
            {a.letterNumber ? ` nomor ${a.letterNumber}` : ''}
          </Text>
          {a.note && <Text style={{ display: 'block' }}>{a.note}</Text>}
          <Text size={200} className={styles.muted}>
            {a.actor}
          </Text>
        </div>
      ))}
      {evidence.case?.closedAt && (
        <Text style={{ display: 'block', marginBottom: 8 }}>
          Ditutup {formatDateTime(evidence.case.closedAt)}: {evidence.case.closedReason}
        </Text>
      )}
      <div className={styles.form}>
        <Field label="Tindakan">
          <Dropdown aria-label="Tindakan" value={FOLLOW_UP_ACTIONS.find((a) => a.value === action)?.label} selectedOptions={[action]} onOptionSelect={(_e, d) => setAction(d.optionValue ?? 'visit')}>
            {FOLLOW_UP_ACTIONS.map((a) => (
              <Option key={a.value} value={a.value}>
                {a.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <DateField label="Tanggal" aria-label="Tanggal tindak lanjut" value={onDate} max={localIsoDate(new Date())} onChange={(value) => value && setOnDate(value)} />
        <Field label="Catatan" style={{ gridColumn: '1 / span 2' }}>
          <Textarea aria-label="Catatan tindak lanjut" value={note} onChange={(_e, d) => setNote(d.value)} resize="vertical" />
        </Field>
      </div>
      <div style={{ display: 'flex', gap: 8, marginTop: 10, flexWrap: 'wrap' }}>
        <Button appearance="primary" disabled={busy} onClick={() => record(action)}>
          Simpan tindak lanjut
        </Button>
        <Button disabled={busy} onClick={letter}>
          Cetak surat
        </Button>
        {evidence.case?.closedAt && (
          <Button appearance="subtle" disabled={busy} onClick={() => record('reopened')}>
            Buka kembali kasus
          </Button>
        )}
      </div>
      <ErrorBar message={error} />
    </>
  );
}
