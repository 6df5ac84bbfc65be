import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Switch, Text, tokens } from '@fluentui/react-components';
import { Checkmark20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ReviewRow } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/domain/format';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar } from '../../components/Page';
import { Pager } from '../../components/Pager';

const PAGE = 20;

const DOMAINS: Record<ReviewRow['domain'], string> = {
  business: 'Izin usaha ↔ WLKP',
  employer: 'Usaha ↔ pemberi kerja BPJS',
  project: 'Paket ↔ proyek terdaftar BPJS',
};

const useStyles = makeStyles({
  pair: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr auto',
    gap: '16px',
    alignItems: 'center',
    padding: '12px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  side: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap', justifyContent: 'flex-end' },
});

/** Pairs that are only similar: a person says whether they are the same business or project. */
export function ReviewsTab({ version, onDecided }: { version: number; onDecided: () => void }) {
  const styles = useStyles();
  const [decided, setDecided] = useState(false);
  const [offset, setOffset] = useState(0);
  const list = useApi('compliance.reviews', { state: decided ? 'decided' : 'open', offset, limit: PAGE });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = list.reload;
  useEffect(() => reload(), [version, reload]);

  async function decide(row: ReviewRow, decision: 'confirmed' | 'rejected') {
    setError(null);
    try {
      await call('compliance.decide', { id: row.id, decision });
      setMessage(decision === 'confirmed' ? `"${row.left.name}" dan "${row.right.name}" dicatat sebagai satu; angka kepatuhan dihitung ulang.` : `"${row.left.name}" dan "${row.right.name}" dicatat berbeda; pasangan ini tidak diusulkan lagi.`);
      reload();
      onDecided();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const rows = list.data?.rows ?? [];
  return (
    <>
      <Switch
        label="Tampilkan yang sudah diputuskan"
        checked={decided}
        onChange={(_e, d) => {
          setDecided(d.checked);
          setOffset(0);
        }}
      />
      <ErrorBar message={error ?? list.error} />
      {message && (
        <MessageBar intent="success" style={{ margin: '8px 0' }}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {list.data && rows.length === 0 && (
        <Text style={{ display: 'block', marginTop: 12 }}>{decided ? 'Belum ada pasangan yang diputuskan.' : 'Tidak ada pasangan yang perlu diperiksa.'}</Text>
      )}
      {rows.map((r) => (
        <div key={r.id} className={styles.pair} role="group" aria-label={`Pasangan ${r.left.name} dan ${r.right.name}`}>
          <div className={styles.side}>
            <Text weight="semibold">{r.left.name}</Text>
            <Text size={200} className={styles.muted}>
              {r.left.detail}
            </Text>
          </div>
          <div className={styles.side}>
            <Text weight="semibold">{r.right.name}</Text>
            <Text size={200} className={styles.muted}>
              {r.right.detail}
            </Text>
          </div>
          <div className={styles.actions}>
            {r.decision === null ? (
              <>
                <Button icon={<Checkmark20Regular />} appearance="primary" onClick={() => decide(r, 'confirmed')}>
                  Sama
                </Button>
                <Button icon={<Dismiss20Regular />} onClick={() => decide(r, 'rejected')}>
                  Berbeda
                </Button>
              </>
            ) : (
              <>
                <Badge appearance="tint" color={r.decision === 'confirmed' ? 'success' : 'subtle'}>
                  {r.decision === 'confirmed' ? 'Dikonfirmasi sama' : 'Ditolak, berbeda'}
                </Badge>
                <Button size="small" appearance="subtle" onClick={() => decide(r, r.decision === 'confirmed' ? 'rejected' : 'confirmed')}>
                  Ubah keputusan
                </Button>
              </>
            )}
          </div>
          <Text size={200} className={styles.muted} style={{ gridColumn: '1 / span 3' }}>
            {DOMAINS[r.domain]} · {r.reason}
            {r.decision === null ? '' : ` · ${r.decidedBy}, ${formatDateTime(r.decidedAt!)}${r.note ? ` · ${r.note}` : ''}`}
          </Text>
        </div>
      ))}
      <Pager offset={offset} pageSize={PAGE} shown={rows.length} total={list.data?.total ?? 0} noun="pasangan" onChange={setOffset} />
    </>
  );
}
