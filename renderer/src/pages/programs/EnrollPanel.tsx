import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { EnrollSummary, Input as ApiInput, Program } from '../../../../shared/contract';
import { formatDateTime, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar } from '../../components/Page';
import { MonthField } from '../../components/DateField';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', marginBottom: '12px' },
  row: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '8px' },
});

const CODE_LABELS: Record<string, string> = {
  DOUBLE_FUNDING: 'Sudah dibiayai program lain (bulan bertumpuk)',
  NOT_ELIGIBLE_AGE: 'Umur di luar syarat',
  NOT_ELIGIBLE_DOMICILE: 'Tidak berdomisili di kabupaten',
  NOT_ELIGIBLE_OCCUPATION: 'Pekerjaan bukan sasaran',
  NOT_ELIGIBLE_OTHER_SCHEME: 'Dilindungi skema lain (ASN, TNI/Polri, pejabat)',
  PU_ACTIVE: 'Peringatan: peserta aktif Penerima Upah',
};

type Selection = Pick<ApiInput<'enrollments.add'>, 'batchId' | 'filter'>;

/** Enrol a group: check first (nothing written), then enrol in one transaction; double funding needs a reason. */
export function EnrollPanel({ program, onEnrolled }: { program: Program; onEnrolled: () => void }) {
  const styles = useStyles();
  const filters = useApi('workers.filters', {});
  const tree = useApi('regions.tree', {});
  const [mode, setMode] = useState<'batch' | 'village'>('batch');
  const [batchId, setBatchId] = useState<number | null>(null);
  const [villageCode, setVillageCode] = useState<string | null>(null);
  const [from, setFrom] = useState(program.from);
  const [to, setTo] = useState(program.to);
  const [check, setCheck] = useState<EnrollSummary | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<EnrollSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const villages = (tree.data?.districts ?? []).flatMap((d) => d.villages);

  const selection: Selection | null = mode === 'batch' ? (batchId === null ? null : { batchId }) : villageCode ? { filter: { villageCode } } : null;

  async function run(dryRun: boolean, withReason: boolean) {
    if (!selection) return;
    setError(null);
    try {
      const summary = await call('enrollments.add', {
        programId: program.id,
        ...selection,
        from,
        to,
        dryRun,
        doubleFundingReason: withReason ? reason : undefined,
      });
      if (dryRun) setCheck(summary);
      else {
        setDone(summary);
        setCheck(null);
        setReason('');
        onEnrolled();
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const doubles = check?.byCode.DOUBLE_FUNDING ?? 0;
  return (
    <div className={styles.box}>
      <Text weight="semibold" style={{ display: 'block', marginBottom: 8 }}>
        Daftarkan pekerja
      </Text>
      <RadioGroup layout="horizontal" value={mode} onChange={(_e, d) => { setMode(d.value as 'batch' | 'village'); setCheck(null); }}>
        <Radio value="batch" label="Dari satu impor" />
        <Radio value="village" label="Semua pekerja satu nagari/desa" />
      </RadioGroup>
      <div className={styles.row}>
        {mode === 'batch' ? (
          <Field label="Impor">
            <Dropdown
              aria-label="Impor yang didaftarkan"
              placeholder="Pilih impor"
              style={{ minWidth: 320 }}
              value={filters.data?.batches.find((b) => b.id === batchId)?.fileName ?? ''}
              selectedOptions={batchId === null ? [] : [String(batchId)]}
              onOptionSelect={(_e, d) => { setBatchId(Number(d.optionValue)); setCheck(null); }}
            >
              {(filters.data?.batches ?? []).map((b) => (
                <Option key={b.id} value={String(b.id)} text={b.fileName}>
                  {`#${b.id} ${b.fileName} · ${formatDateTime(b.createdAt)}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ) : (
          <Field label="Nagari/desa">
            <Dropdown
              aria-label="Nagari yang didaftarkan"
              placeholder="Pilih nagari/desa"
              style={{ minWidth: 260 }}
              value={villages.find((v) => v.code === villageCode)?.name ?? ''}
              selectedOptions={villageCode ? [villageCode] : []}
              onOptionSelect={(_e, d) => { setVillageCode(d.optionValue ?? null); setCheck(null); }}
            >
              {villages.map((v) => (
                <Option key={v.code} value={v.code}>
                  {v.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <MonthField label="Mulai" aria-label="Bulan mulai kepesertaan" value={from} onChange={(value) => { setFrom(value); setCheck(null); }} />
        <MonthField label="Sampai" aria-label="Bulan akhir kepesertaan" value={to} onChange={(value) => { setTo(value); setCheck(null); }} />
        <Button disabled={!selection} onClick={() => run(true, false)}>
          Periksa
        </Button>
      </div>
      <ErrorBar message={error} />
      {check && (
        <>
          <MessageBar intent={check.refused > 0 ? 'warning' : 'info'} style={{ marginBottom: 8 }}>
            <MessageBarBody>
              <MessageBarTitle>Hasil pemeriksaan</MessageBarTitle>
              {formatNumber(check.enrolled)} pekerja dapat didaftarkan, {formatNumber(check.refused)} ditolak, {formatNumber(check.alreadyEnrolled)} sudah terdaftar.
              Sisa anggaran sesudahnya {formatRupiah(check.remainingAfter)}.
            </MessageBarBody>
          </MessageBar>
          {Object.entries(check.byCode).map(([code, count]) => (
            <Badge key={code} appearance="tint" color={code === 'PU_ACTIVE' ? 'warning' : 'danger'} style={{ marginRight: 8 }}>
              {CODE_LABELS[code] ?? code}: {formatNumber(count)}
            </Badge>
          ))}
          {check.problems.length > 0 && (
            <Table size="small" aria-label="Pekerja yang ditolak atau diberi peringatan" style={{ marginTop: 8 }}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell style={{ width: 170 }}>NIK</TableHeaderCell>
                  <TableHeaderCell style={{ width: 200 }}>Nama</TableHeaderCell>
                  <TableHeaderCell>Keterangan</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {check.problems.slice(0, 20).map((p) => (
                  <TableRow key={`${p.workerId}-${p.code}`}>
                    <TableCell>{p.nik}</TableCell>
                    <TableCell>{p.name}</TableCell>
                    <TableCell>{p.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <div className={styles.row} style={{ marginTop: 8 }}>
            <Button appearance="primary" disabled={check.enrolled === 0} onClick={() => run(false, false)}>
              Daftarkan {formatNumber(check.enrolled)} pekerja
            </Button>
            {doubles > 0 && (
              <>
                <Field label="Alasan pembiayaan ganda (dicatat pada setiap kepesertaan)" style={{ minWidth: 380 }}>
                  <Input aria-label="Alasan pembiayaan ganda" value={reason} onChange={(_e, d) => setReason(d.value)} placeholder="mis. JHT dibiayai CSR, JKK-JKM oleh APBD" />
                </Field>
                <Button disabled={reason.trim().length < 5} onClick={() => run(false, true)}>
                  Daftarkan juga {formatNumber(doubles)} yang dibiayai ganda
                </Button>
              </>
            )}
          </div>
        </>
      )}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>
            {formatNumber(done.enrolled)} pekerja didaftarkan. Sisa anggaran {formatRupiah(done.remainingAfter)}.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
