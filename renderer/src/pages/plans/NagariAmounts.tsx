import {
  Button,
  Combobox,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
import { ArrowUpload20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { LIST_FILE_FORMATS, listFileKind } from '../../../../shared/domain/listFiles';
import { parseWholeNumber } from '../../../../shared/domain/numbers';
import { call, chooseFile } from '../../api/client';
import { ErrorBar } from '../../components/Page';
import { TemplateButton } from '../../components/TemplateButton';

const useStyles = makeStyles({
  box: { marginTop: '10px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap', marginTop: '8px' },
  amount: { width: '180px' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: '4px 0 0', paddingLeft: '18px' },
});

type Row = { code: string; name: string; amount: string };

/** Each nagari's own amount: typed one by one, or read from the sheet the finance office sent. */
export function NagariAmounts({
  rows,
  villages,
  villageLabel,
  year,
  onChange,
}: {
  rows: Row[];
  /** The plan's year: the budget year the template asks for. */
  year?: number;
  villages: { code: string; name: string; districtName: string }[];
  villageLabel: string;
  onChange: (rows: Row[]) => void;
}) {
  const styles = useStyles();
  const label = villageLabel.toLowerCase();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [read, setRead] = useState<Output<'plans.readNagariSheet'> | null>(null);
  const districtOf = new Map(villages.map((v) => [v.code, v.districtName]));
  const available = villages.filter((v) => !rows.some((r) => r.code === v.code) && v.name.toLowerCase().includes(query.trim().toLowerCase()));
  const total = rows.reduce((n, r) => n + (parseWholeNumber(r.amount.replace(/^rp\.?\s*/i, '')) || 0), 0);

  async function importSheet() {
    setError(null);
    try {
      const file = await chooseFile(listFileKind('Lembar kerja'));
      if (!file) return;
      const result = await call('plans.readNagariSheet', { fileId: file.fileId });
      setRead(result);
      const byCode = new Map(rows.map((r) => [r.code, r]));
      for (const e of result.entries) byCode.set(e.code, { code: e.code, name: e.name, amount: formatNumber(e.budget) });
      onChange([...byCode.values()]);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <div className={styles.box}>
      {rows.length > 0 && (
        <Table size="extra-small" aria-label={`Anggaran per ${label}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '36%' }}>{villageLabel}</TableHeaderCell>
              <TableHeaderCell style={{ width: '30%' }}>Kecamatan</TableHeaderCell>
              <TableHeaderCell style={{ width: '26%' }}>Anggaran</TableHeaderCell>
              <TableHeaderCell style={{ width: '8%' }} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.code}>
                <TableCell>{r.name}</TableCell>
                <TableCell>{districtOf.get(r.code) ?? ''}</TableCell>
                <TableCell>
                  <Input
                    className={styles.amount}
                    size="small"
                    contentBefore="Rp"
                    aria-label={`Anggaran ${villageLabel} ${r.name}`}
                    value={r.amount}
                    onChange={(_e, d) => onChange(rows.map((x) => (x.code === r.code ? { ...x, amount: d.value } : x)))}
                  />
                </TableCell>
                <TableCell>
                  <Button size="small" appearance="subtle" icon={<Dismiss20Regular />} aria-label={`Hapus ${r.name}`} onClick={() => onChange(rows.filter((x) => x.code !== r.code))} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className={styles.actions}>
        <Combobox
          aria-label={`Tambah ${label}`}
          placeholder={`Tambah ${label}…`}
          value={query}
          onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
          onOptionSelect={(_e, d) => {
            const v = villages.find((x) => x.code === d.optionValue);
            if (v) onChange([...rows, { code: v.code, name: v.name, amount: '' }]);
            setQuery('');
          }}
        >
          {available.slice(0, 60).map((v) => (
            <Option key={v.code} value={v.code} text={v.name}>
              {v.name} <span className={styles.muted}>· {v.districtName}</span>
            </Option>
          ))}
        </Combobox>
        <Button icon={<ArrowUpload20Regular />} onClick={importSheet} title={`Berkas ${LIST_FILE_FORMATS}`}>
          Impor dari lembar kerja
        </Button>
        <TemplateButton kind="nagari_budget" year={year} label="Unduh templat anggaran" />
        {rows.length > 0 && (
          <Text className={styles.muted}>
            {formatNumber(rows.length)} {label}, jumlah {formatRupiah(total)}
          </Text>
        )}
      </div>
      <ErrorBar message={error} />
      {read && (read.rejected.length > 0 || read.notes.length > 0) && (
        <MessageBar intent={read.rejected.length > 0 ? 'warning' : 'info'} style={{ marginTop: 8 }}>
          <MessageBarBody>
            <MessageBarTitle>
              {read.rejected.length > 0 ? `${formatNumber(read.entries.length)} baris diambil, ${formatNumber(read.rejected.length)} baris tidak diambil` : `${formatNumber(read.entries.length)} baris diambil`}
            </MessageBarTitle>
            <ul className={styles.list}>
              {[...read.rejected.map((r) => r.message), ...read.notes].slice(0, 12).map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
